import { Module } from '@nestjs/common';
import { AttendanceRecordController } from './attendance-record.controller';
import { AttendanceRecordResolver } from './attendance-record.resolver';
import { AttendanceRecordService } from './attendance-record.service';

/** Attendance per deputy over the mandate (issue 7), for administrators: GraphQL and CSV. */
@Module({ providers: [AttendanceRecordService, AttendanceRecordResolver], controllers: [AttendanceRecordController] })
export class AttendanceRecordModule {}

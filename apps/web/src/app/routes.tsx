import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { AuditPage } from '../audit/AuditPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { GroupPage } from '../groups/GroupPage';
import { GroupsPage } from '../groups/GroupsPage';
import { HomePage } from '../home/HomePage';
import { LiveSessionPage } from '../live/LiveSessionPage';
import { MeetingPage } from '../meetings/MeetingPage';
import { ReportsPage } from '../reports/ReportsPage';
import { TermPage } from '../terms/TermPage';

/** The route table. New features add their routes here (inside RequireAuth unless public). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="/term" element={<TermPage />} />
          <Route path="/groups" element={<GroupsPage />} />
          <Route path="/groups/:id" element={<GroupPage />} />
          <Route path="/meetings/:id" element={<MeetingPage />} />
          <Route path="/meetings/:id/live" element={<LiveSessionPage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/reports" element={<ReportsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

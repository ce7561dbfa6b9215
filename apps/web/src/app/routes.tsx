import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { HomePage } from '../home/HomePage';
import { lazyPage } from './lazyPage';

// Loaded when first opened (see lazyPage): the first download is the frame and the home page (issue 16: 200 kB is the aim).
const GroupPage = lazyPage(() => import('../groups/GroupPage'), 'GroupPage');
const GroupsPage = lazyPage(() => import('../groups/GroupsPage'), 'GroupsPage');
const LiveSessionPage = lazyPage(() => import('../live/LiveSessionPage'), 'LiveSessionPage');
const AccountsPage = lazyPage(() => import('../accounts/AccountsPage'), 'AccountsPage');
const AccountPage = lazyPage(() => import('../auth/AccountPage'), 'AccountPage');
const AuditPage = lazyPage(() => import('../audit/AuditPage'), 'AuditPage');
const ForgotPasswordPage = lazyPage(() => import('../auth/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('../auth/ResetPasswordPage'), 'ResetPasswordPage');
const SentMailsPage = lazyPage(() => import('../mail/SentMailsPage'), 'SentMailsPage');
const CalendarPage = lazyPage(() => import('../calendar/CalendarPage'), 'CalendarPage');
const DeputiesPage = lazyPage(() => import('../deputies/DeputiesPage'), 'DeputiesPage');
const DeputyPage = lazyPage(() => import('../deputies/DeputyPage'), 'DeputyPage');
const MeetingPage = lazyPage(() => import('../meetings/MeetingPage'), 'MeetingPage');
const ReportsPage = lazyPage(() => import('../reports/ReportsPage'), 'ReportsPage');
const ReportPage = lazyPage(() => import('../reports/ReportPage'), 'ReportPage');
const NotificationsPage = lazyPage(() => import('../notifications/NotificationsPage'), 'NotificationsPage');
const AttendanceRecordPage = lazyPage(() => import('../records/AttendanceRecordPage'), 'AttendanceRecordPage');
const SpeakingStatsPage = lazyPage(() => import('../records/SpeakingStatsPage'), 'SpeakingStatsPage');
const TermPage = lazyPage(() => import('../terms/TermPage'), 'TermPage');
const TimePollPage = lazyPage(() => import('../time-polls/TimePollPage'), 'TimePollPage');
const TextPage = lazyPage(() => import('../texts/TextPage'), 'TextPage');
const SearchPage = lazyPage(() => import('../search/SearchPage'), 'SearchPage');
const MessageContextPage = lazyPage(() => import('../search/MessageContextPage'), 'MessageContextPage');
const MinutesVersionPage = lazyPage(() => import('../search/MinutesVersionPage'), 'MinutesVersionPage');

/** The route table. New features add their routes here (inside RequireAuth unless public). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="/term" element={<TermPage />} />
          <Route path="/groups" element={<GroupsPage />} />
          <Route path="/groups/:id" element={<GroupPage />} />
          <Route path="/groups/:groupId/time-polls/:pollId" element={<TimePollPage />} />
          <Route path="/meetings/:id" element={<MeetingPage />} />
          <Route path="/texts/:id" element={<TextPage />} />
          <Route path="/meetings/:id/live" element={<LiveSessionPage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/deputies" element={<DeputiesPage />} />
          <Route path="/deputies/:id" element={<DeputyPage />} />
          <Route path="/accounts" element={<AccountsPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/mails" element={<SentMailsPage />} />
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="/reports/:id" element={<ReportPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/records" element={<Navigate to="/records/attendance" replace />} />
          <Route path="/records/attendance" element={<AttendanceRecordPage />} />
          <Route path="/records/speaking" element={<SpeakingStatsPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/groups/:groupId/messages/:seq" element={<MessageContextPage />} />
          <Route path="/meetings/:meetingId/minutes/:version" element={<MinutesVersionPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

-- The steps of a field report history that the application itself wrote carried an English note,
-- shown as is inside French and Arabic screens. The web now says these steps from their statuses
-- in the reader language. Notes are the words of people only.
UPDATE "FieldReportEvent"
SET "note" = NULL
WHERE ("fromStatus" = 'ON_AGENDA' AND "toStatus" = 'TRIAGED' AND "note" = 'Removed from the agenda')
   OR ("fromStatus" = 'TRIAGED' AND "toStatus" = 'ON_AGENDA' AND "note" LIKE 'Agenda of %')
   OR ("fromStatus" = 'ON_AGENDA' AND "toStatus" = 'ADDRESSED' AND "note" LIKE 'Decision of %');

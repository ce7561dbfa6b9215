-- Search finds texts and amendments (issue 17, once issue 15's texts exist): each version of a
-- text (its title and paragraphs) and each amendment (its reason and new wording), kept by the
-- same triggers as the other kinds (migration 20261203106000_search). An entry may open in
-- another object: parentId, the text of a version or an amendment.
-- (No semicolon in comments or function bodies: the Prisma CLI's adapter splits on them.)

-- AlterTable
ALTER TABLE "SearchEntry" ADD COLUMN "parentId" TEXT;

-- The entry's columns, parentId last (the insert of tribune_search_keep names them).
CREATE OR REPLACE FUNCTION public.tribune_search_keep() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    EXECUTE format(''DELETE FROM "SearchEntry" s USING new_rows n WHERE s."kind" = %L AND s."id" = n."id" AND NOT EXISTS (SELECT FROM %s(n))'', TG_ARGV[0], TG_ARGV[1])\073
  END IF\073
  EXECUTE format(''INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body", "parentId")
    SELECT e.* FROM new_rows n CROSS JOIN LATERAL %s(n) e
    ON CONFLICT ("kind", "id") DO UPDATE SET "groupId" = EXCLUDED."groupId", "meetingId" = EXCLUDED."meetingId",
      "authorUserId" = EXCLUDED."authorUserId", "authorDeputyId" = EXCLUDED."authorDeputyId", "position" = EXCLUDED."position",
      "at" = EXCLUDED."at", "title" = EXCLUDED."title", "body" = EXCLUDED."body", "parentId" = EXCLUDED."parentId"
    WHERE ("SearchEntry"."groupId", "SearchEntry"."meetingId", "SearchEntry"."authorUserId", "SearchEntry"."authorDeputyId",
           "SearchEntry"."position", "SearchEntry"."at", "SearchEntry"."title", "SearchEntry"."body", "SearchEntry"."parentId")
      IS DISTINCT FROM (EXCLUDED."groupId", EXCLUDED."meetingId", EXCLUDED."authorUserId", EXCLUDED."authorDeputyId",
           EXCLUDED."position", EXCLUDED."at", EXCLUDED."title", EXCLUDED."body", EXCLUDED."parentId")'', TG_ARGV[1])\073
  RETURN NULL\073
END';

-- The earlier kinds' mapping functions return one more column: no parent.
DROP FUNCTION public.tribune_search_entry_message("Message");
CREATE FUNCTION public.tribune_search_entry_message(m "Message")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'MESSAGE', m."id", m."groupId", m."meetingId", m."authorId", NULL::text, m."seq", public.tribune_utc(m."createdAt"), '', m."body", NULL::text
  WHERE m."deletedAt" IS NULL $$;

DROP FUNCTION public.tribune_search_entry_field_report("FieldReport");
CREATE FUNCTION public.tribune_search_entry_field_report(r "FieldReport")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'FIELD_REPORT', r."id", r."routedGroupId", NULL::text, (SELECT d."userId" FROM "Deputy" d WHERE d."id" = r."authorId"), r."authorId", NULL::int,
  public.tribune_utc(r."createdAt"), r."title", r."body", NULL::text $$;

DROP FUNCTION public.tribune_search_entry_decision("Decision");
CREATE FUNCTION public.tribune_search_entry_decision(d "Decision")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'DECISION', d."id", m."groupId", d."meetingId", d."recordedById", NULL::text, NULL::int, public.tribune_utc(d."createdAt"), '', d."text", NULL::text
  FROM "Meeting" m WHERE m."id" = d."meetingId" $$;

DROP FUNCTION public.tribune_search_entry_minutes("MinutesVersion");
CREATE FUNCTION public.tribune_search_entry_minutes(v "MinutesVersion")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'MINUTES', v."id", m."groupId", v."meetingId", v."createdById", NULL::text, v."version", public.tribune_utc(v."createdAt"), '', v."body", NULL::text
  FROM "Meeting" m WHERE m."id" = v."meetingId" $$;

DROP FUNCTION public.tribune_search_entry_agenda_item("AgendaItem");
CREATE FUNCTION public.tribune_search_entry_agenda_item(a "AgendaItem")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'AGENDA_ITEM', a."id", m."groupId", a."meetingId", NULL::text, NULL::text, NULL::int, public.tribune_utc(a."createdAt"), a."title", a."description", NULL::text
  FROM "Meeting" m WHERE m."id" = a."meetingId" $$;

DROP FUNCTION public.tribune_search_entry_action_item("ActionItem");
CREATE FUNCTION public.tribune_search_entry_action_item(a "ActionItem")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'ACTION_ITEM', a."id", m."groupId", a."meetingId", NULL::text, NULL::text, NULL::int, public.tribune_utc(a."createdAt"), a."title", '', NULL::text
  FROM "Meeting" m WHERE m."id" = a."meetingId" $$;

-- A version of a text: its title and its paragraphs' words, found at that version.
CREATE FUNCTION public.tribune_search_entry_text_version(v "TextVersion")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'TEXT', v."id", v."groupId", NULL::text, v."authorId", NULL::text, v."number", public.tribune_utc(v."createdAt"), v."title",
  coalesce((SELECT string_agg(p ->> 'text', E'\n' ORDER BY x.ord) FROM jsonb_array_elements(v."paragraphs"::jsonb) WITH ORDINALITY AS x(p, ord)), ''), v."textId" $$;

-- An amendment: its reason and the wording it proposes.
CREATE FUNCTION public.tribune_search_entry_amendment(a "Amendment")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text, "parentId" text)
LANGUAGE sql STABLE
AS $$ SELECT 'AMENDMENT', a."id", a."groupId", NULL::text, (SELECT d."userId" FROM "Deputy" d WHERE d."id" = a."authorId"), a."authorId", a."number",
  public.tribune_utc(a."createdAt"), '',
  a."reason" || coalesce(E'\n' || (SELECT string_agg(c ->> 'text', E'\n') FROM jsonb_array_elements(a."changes"::jsonb) c WHERE c ->> 'text' IS NOT NULL), ''), a."textId" $$;

CREATE TRIGGER "TextVersion_search_insert" AFTER INSERT ON "TextVersion" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('TEXT', 'public.tribune_search_entry_text_version');
CREATE TRIGGER "TextVersion_search_update" AFTER UPDATE ON "TextVersion" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('TEXT', 'public.tribune_search_entry_text_version');
CREATE TRIGGER "TextVersion_search_delete" AFTER DELETE ON "TextVersion" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('TEXT');
CREATE TRIGGER "Amendment_search_insert" AFTER INSERT ON "Amendment" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('AMENDMENT', 'public.tribune_search_entry_amendment');
CREATE TRIGGER "Amendment_search_update" AFTER UPDATE ON "Amendment" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('AMENDMENT', 'public.tribune_search_entry_amendment');
CREATE TRIGGER "Amendment_search_delete" AFTER DELETE ON "Amendment" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('AMENDMENT');

-- What is already written.
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body", "parentId")
SELECT e.* FROM "TextVersion" r CROSS JOIN LATERAL public.tribune_search_entry_text_version(r) e;
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body", "parentId")
SELECT e.* FROM "Amendment" r CROSS JOIN LATERAL public.tribune_search_entry_amendment(r) e;

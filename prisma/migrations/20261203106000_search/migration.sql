-- Search (issue 17): one table of everything search finds, of every kind, kept current by the
-- database itself (triggers on each source table), so every writer stays indexed, the live
-- message writer's own SQL included, with no code in the features.
-- Written for the Prisma CLI's driver adapter, which splits a script on every semicolon: no
-- semicolon inside a comment or a function body. SQL functions are single SELECTs and the trigger
-- functions' plpgsql bodies are E'' strings where \073 stands for the semicolon.
--
-- Another kind joins (a document's extracted text): a function mapping its table's row to an
-- entry, and the three triggers below on its table, or plain inserts of its own (kind, id, ...,
-- title, body): the vectors are the database's work either way.
--
-- Matching (apps/api/src/search/search-query.ts builds the query, one condition per word):
-- - French and English: stems of both languages, accents ignored (the unaccent dictionary runs
--   before the stemmer in the text search configurations tribune_french and tribune_english,
--   which also lets ts_headline mark "prefecture" in "préfectures" while showing the accents).
-- - Arabic: normalised (diacritics and tatweel removed, alef, yaa, taa marbuta and hamza carriers
--   unified, Persian kaf and yaa read as Arabic) and stemmed (Snowball), and, since the stemmer does
--   not relate broken plurals, the words' consonant skeletons (article and long vowels dropped
--   after the first letter: mawa3id and maw3id both give m3d) matched by trigrams (pg_trgm).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION public.tribune_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION public.tribune_french ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.french_stem;
CREATE TEXT SEARCH CONFIGURATION public.tribune_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.tribune_english ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.english_stem;

-- The same accents-free text as the configurations see, for expressions that need it (immutable:
-- the unaccent rules do not change while a database runs).
CREATE FUNCTION public.tribune_unaccent(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, t) $$;

-- Arabic letters in one form: alef with hamza or madda and wasla to alef, alef maqsura and Persian
-- yeh to yeh, taa marbuta to heh, waw and yeh with hamza to waw and yeh, Persian kaf to kaf. The
-- diacritics (fathatan to sukun, maddah and hamza above and below, superscript alef) and the
-- tatweel go.
CREATE FUNCTION public.tribune_arabic_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT translate(t,
  U&'\0623\0625\0622\0671\0649\06CC\0629\0624\0626\06A9\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0670\0640',
  U&'\0627\0627\0627\0627\064A\064A\0647\0648\064A\0643') $$;

-- Only the Arabic-script words of a text, normalised, one space apart ('' when there is none).
CREATE FUNCTION public.tribune_arabic_words(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT btrim(regexp_replace(public.tribune_arabic_normalize(t), '[^\u0621-\u063A\u0641-\u064A\u066E-\u06D3]+', ' ', 'g')) $$;

-- The consonant skeletons of the Arabic words: the article with its attached conjunction or
-- preposition (wa, fa, bi, ka, li + al, and lil) goes when two letters stay, then alef, waw and
-- yeh go after a word's first letter. NULL when the text has no Arabic word.
CREATE FUNCTION public.tribune_arabic_skeleton(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT nullif(btrim(regexp_replace(
  regexp_replace(' ' || public.tribune_arabic_words(t), ' (?:[\u0648\u0641]?[\u0628\u0643\u0644]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)(?=\S\S)', ' ', 'g'),
  '(\S)[\u0627\u0648\u064A]+', '\1', 'g')), '') $$;

-- What a text's words are found by: French and English stems without accents, Arabic stems of the
-- normalised words.
CREATE FUNCTION public.tribune_search_vector(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT to_tsvector('public.tribune_french'::regconfig, t)
  || to_tsvector('public.tribune_english'::regconfig, t)
  || to_tsvector('pg_catalog.arabic'::regconfig, public.tribune_arabic_words(t)) $$;

-- One word of a query: its French, English and Arabic forms, any of which matches. NULL (the word
-- is left out) when one of the languages holds it as a stop word ("de", "the", "fi").
CREATE FUNCTION public.tribune_search_word(w text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT CASE WHEN numnode(f) = 0 OR numnode(e) = 0 OR numnode(a) = 0 THEN NULL WHEN a IS NULL THEN f || e ELSE f || e || a END
  FROM (SELECT plainto_tsquery('public.tribune_french'::regconfig, w) AS f,
               plainto_tsquery('public.tribune_english'::regconfig, w) AS e,
               CASE WHEN x.ar <> '' THEN plainto_tsquery('pg_catalog.arabic'::regconfig, x.ar) END AS a
        FROM (SELECT public.tribune_arabic_words(w) AS ar) x) y $$;

-- CreateTable
CREATE TABLE "SearchEntry" (
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "groupId" TEXT,
    "meetingId" TEXT,
    "authorUserId" TEXT,
    "authorDeputyId" TEXT,
    "position" INTEGER,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "vector" tsvector,
    "arabic" TEXT,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("kind","id")
);

-- CreateIndex
CREATE INDEX "SearchEntry_vector_idx" ON "SearchEntry" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchEntry_arabic_idx" ON "SearchEntry" USING GIN ("arabic" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchEntry_at_idx" ON "SearchEntry"("at");

-- Whoever writes an entry, its vectors follow its title and body.
CREATE FUNCTION public.tribune_search_vectors() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."vector" := public.tribune_search_vector(NEW."title" || '' '' || NEW."body")\073
  NEW."arabic" := public.tribune_arabic_skeleton(NEW."title" || '' '' || NEW."body")\073
  RETURN NEW\073
END';
CREATE TRIGGER "SearchEntry_vectors" BEFORE INSERT OR UPDATE OF "title", "body" ON "SearchEntry"
FOR EACH ROW EXECUTE FUNCTION public.tribune_search_vectors();

-- An instant from a column of either kind: a timestamp without time zone holds UTC here, a
-- timestamptz is one already (tables move from the first to the second).
CREATE FUNCTION public.tribune_utc(t timestamp) RETURNS timestamptz
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT t AT TIME ZONE 'UTC' $$;
CREATE FUNCTION public.tribune_utc(t timestamptz) RETURNS timestamptz
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT t $$;

-- Each source row as its entry (no row: not searchable, a deleted message). Columns: kind, id,
-- groupId, meetingId, authorUserId, authorDeputyId, position, at, title, body.
CREATE FUNCTION public.tribune_search_entry_message(m "Message")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text)
LANGUAGE sql STABLE
AS $$ SELECT 'MESSAGE', m."id", m."groupId", m."meetingId", m."authorId", NULL::text, m."seq", public.tribune_utc(m."createdAt"), '', m."body"
  WHERE m."deletedAt" IS NULL $$;

CREATE FUNCTION public.tribune_search_entry_field_report(r "FieldReport")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text)
LANGUAGE sql STABLE
AS $$ SELECT 'FIELD_REPORT', r."id", r."routedGroupId", NULL::text, (SELECT d."userId" FROM "Deputy" d WHERE d."id" = r."authorId"), r."authorId", NULL::int,
  public.tribune_utc(r."createdAt"), r."title", r."body" $$;

CREATE FUNCTION public.tribune_search_entry_decision(d "Decision")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text)
LANGUAGE sql STABLE
AS $$ SELECT 'DECISION', d."id", m."groupId", d."meetingId", d."recordedById", NULL::text, NULL::int, public.tribune_utc(d."createdAt"), '', d."text"
  FROM "Meeting" m WHERE m."id" = d."meetingId" $$;

CREATE FUNCTION public.tribune_search_entry_minutes(v "MinutesVersion")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text)
LANGUAGE sql STABLE
AS $$ SELECT 'MINUTES', v."id", m."groupId", v."meetingId", v."createdById", NULL::text, v."version", public.tribune_utc(v."createdAt"), '', v."body"
  FROM "Meeting" m WHERE m."id" = v."meetingId" $$;

CREATE FUNCTION public.tribune_search_entry_agenda_item(a "AgendaItem")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text)
LANGUAGE sql STABLE
AS $$ SELECT 'AGENDA_ITEM', a."id", m."groupId", a."meetingId", NULL::text, NULL::text, NULL::int, public.tribune_utc(a."createdAt"), a."title", a."description"
  FROM "Meeting" m WHERE m."id" = a."meetingId" $$;

CREATE FUNCTION public.tribune_search_entry_action_item(a "ActionItem")
RETURNS TABLE ("kind" text, "id" text, "groupId" text, "meetingId" text, "authorUserId" text, "authorDeputyId" text, "position" int, "at" timestamptz, "title" text, "body" text)
LANGUAGE sql STABLE
AS $$ SELECT 'ACTION_ITEM', a."id", m."groupId", a."meetingId", NULL::text, NULL::text, NULL::int, public.tribune_utc(a."createdAt"), a."title", ''
  FROM "Meeting" m WHERE m."id" = a."meetingId" $$;

-- The triggers of a source table: after each statement, its inserted or updated rows (the
-- transition table new_rows) are written as entries through the mapping function named by the
-- trigger's second argument, those that stopped being searchable leave, deleted rows (old_rows)
-- leave. One statement each, whatever the number of rows (the live writer's group commit).
CREATE FUNCTION public.tribune_search_keep() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    EXECUTE format(''DELETE FROM "SearchEntry" s USING new_rows n WHERE s."kind" = %L AND s."id" = n."id" AND NOT EXISTS (SELECT FROM %s(n))'', TG_ARGV[0], TG_ARGV[1])\073
  END IF\073
  EXECUTE format(''INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body")
    SELECT e.* FROM new_rows n CROSS JOIN LATERAL %s(n) e
    ON CONFLICT ("kind", "id") DO UPDATE SET "groupId" = EXCLUDED."groupId", "meetingId" = EXCLUDED."meetingId",
      "authorUserId" = EXCLUDED."authorUserId", "authorDeputyId" = EXCLUDED."authorDeputyId", "position" = EXCLUDED."position",
      "at" = EXCLUDED."at", "title" = EXCLUDED."title", "body" = EXCLUDED."body"
    WHERE ("SearchEntry"."groupId", "SearchEntry"."meetingId", "SearchEntry"."authorUserId", "SearchEntry"."authorDeputyId",
           "SearchEntry"."position", "SearchEntry"."at", "SearchEntry"."title", "SearchEntry"."body")
      IS DISTINCT FROM (EXCLUDED."groupId", EXCLUDED."meetingId", EXCLUDED."authorUserId", EXCLUDED."authorDeputyId",
           EXCLUDED."position", EXCLUDED."at", EXCLUDED."title", EXCLUDED."body")'', TG_ARGV[1])\073
  RETURN NULL\073
END';

CREATE FUNCTION public.tribune_search_forget() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "SearchEntry" s USING old_rows o WHERE s."kind" = TG_ARGV[0] AND s."id" = o."id"\073
  RETURN NULL\073
END';

CREATE TRIGGER "Message_search_insert" AFTER INSERT ON "Message" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('MESSAGE', 'public.tribune_search_entry_message');
CREATE TRIGGER "Message_search_update" AFTER UPDATE ON "Message" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('MESSAGE', 'public.tribune_search_entry_message');
CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('MESSAGE');

CREATE TRIGGER "FieldReport_search_insert" AFTER INSERT ON "FieldReport" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('FIELD_REPORT', 'public.tribune_search_entry_field_report');
CREATE TRIGGER "FieldReport_search_update" AFTER UPDATE ON "FieldReport" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('FIELD_REPORT', 'public.tribune_search_entry_field_report');
CREATE TRIGGER "FieldReport_search_delete" AFTER DELETE ON "FieldReport" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('FIELD_REPORT');

CREATE TRIGGER "Decision_search_insert" AFTER INSERT ON "Decision" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('DECISION', 'public.tribune_search_entry_decision');
CREATE TRIGGER "Decision_search_update" AFTER UPDATE ON "Decision" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('DECISION', 'public.tribune_search_entry_decision');
CREATE TRIGGER "Decision_search_delete" AFTER DELETE ON "Decision" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('DECISION');

CREATE TRIGGER "MinutesVersion_search_insert" AFTER INSERT ON "MinutesVersion" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('MINUTES', 'public.tribune_search_entry_minutes');
CREATE TRIGGER "MinutesVersion_search_update" AFTER UPDATE ON "MinutesVersion" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('MINUTES', 'public.tribune_search_entry_minutes');
CREATE TRIGGER "MinutesVersion_search_delete" AFTER DELETE ON "MinutesVersion" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('MINUTES');

CREATE TRIGGER "AgendaItem_search_insert" AFTER INSERT ON "AgendaItem" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('AGENDA_ITEM', 'public.tribune_search_entry_agenda_item');
CREATE TRIGGER "AgendaItem_search_update" AFTER UPDATE ON "AgendaItem" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('AGENDA_ITEM', 'public.tribune_search_entry_agenda_item');
CREATE TRIGGER "AgendaItem_search_delete" AFTER DELETE ON "AgendaItem" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('AGENDA_ITEM');

CREATE TRIGGER "ActionItem_search_insert" AFTER INSERT ON "ActionItem" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('ACTION_ITEM', 'public.tribune_search_entry_action_item');
CREATE TRIGGER "ActionItem_search_update" AFTER UPDATE ON "ActionItem" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_keep('ACTION_ITEM', 'public.tribune_search_entry_action_item');
CREATE TRIGGER "ActionItem_search_delete" AFTER DELETE ON "ActionItem" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION public.tribune_search_forget('ACTION_ITEM');

-- What is already written.
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body")
SELECT e.* FROM "Message" r CROSS JOIN LATERAL public.tribune_search_entry_message(r) e;
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body")
SELECT e.* FROM "FieldReport" r CROSS JOIN LATERAL public.tribune_search_entry_field_report(r) e;
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body")
SELECT e.* FROM "Decision" r CROSS JOIN LATERAL public.tribune_search_entry_decision(r) e;
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body")
SELECT e.* FROM "MinutesVersion" r CROSS JOIN LATERAL public.tribune_search_entry_minutes(r) e;
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body")
SELECT e.* FROM "AgendaItem" r CROSS JOIN LATERAL public.tribune_search_entry_agenda_item(r) e;
INSERT INTO "SearchEntry" ("kind", "id", "groupId", "meetingId", "authorUserId", "authorDeputyId", "position", "at", "title", "body")
SELECT e.* FROM "ActionItem" r CROSS JOIN LATERAL public.tribune_search_entry_action_item(r) e;

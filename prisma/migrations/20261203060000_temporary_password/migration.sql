-- An administrator's reset sets it: the temporary password must be replaced before anything else.
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

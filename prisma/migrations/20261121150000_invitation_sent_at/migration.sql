-- A draft's Send is recorded on the invitation itself (it used to be found through the audit log,
-- a lookup that grew with every invitation a tenant sent).

-- AlterTable
ALTER TABLE "invitations" ADD COLUMN "sent_at" TIMESTAMPTZ(3);

-- Backfill from the events that recorded earlier Sends.
UPDATE "invitations" i SET "sent_at" = e.first_sent
FROM (SELECT target_id, min(created_at) AS first_sent FROM "audit_events" WHERE action = 'invitation.sent' GROUP BY target_id) e
WHERE e.target_id = i.id::text;

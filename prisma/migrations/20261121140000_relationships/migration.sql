-- Relationships and invitations (issues: Indirect providers, Customers): customer search by
-- name or domain, declined and refused invitations, expiry notices, direct-bill subscriptions (R10).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterEnum
ALTER TYPE "InvitationStatus" ADD VALUE 'DECLINED';

-- AlterTable
ALTER TABLE "invitations" ALTER COLUMN "intended_email" DROP NOT NULL,
ADD COLUMN "declined_at" TIMESTAMPTZ(3),
ADD COLUMN "last_refused_at" TIMESTAMPTZ(3),
ADD COLUMN "last_refusal_rule" VARCHAR(10),
ADD COLUMN "expiry_notified_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "subscriptions" (
    "id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "customer_tenant_id" UUID NOT NULL,
    "product_sku" VARCHAR(40) NOT NULL,
    "quantity" INTEGER NOT NULL,
    "ordered_by_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "subscriptions_quantity_check" CHECK ("quantity" BETWEEN 1 AND 100000)
);

-- CreateIndex
CREATE INDEX "subscriptions_partner_id_customer_tenant_id_created_at_idx" ON "subscriptions"("partner_id", "customer_tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "subscriptions_customer_tenant_id_idx" ON "subscriptions"("customer_tenant_id");

-- CreateIndex
CREATE INDEX "subscriptions_ordered_by_user_id_idx" ON "subscriptions"("ordered_by_user_id");

-- CreateIndex
CREATE INDEX "tenants_name_trgm_idx" ON "tenants" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "tenants_primary_domain_trgm_idx" ON "tenants" USING GIN ("primary_domain" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "invitations_status_expires_at_idx" ON "invitations"("status", "expires_at");

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_tenant_id_fkey" FOREIGN KEY ("customer_tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_ordered_by_user_id_fkey" FOREIGN KEY ("ordered_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

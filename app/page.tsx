import { redirect } from "next/navigation";
import { getCurrentOperator, getCurrentUser } from "@/lib/auth/current-user";

export default async function Home() {
  if (await getCurrentUser()) redirect("/overview");
  if (await getCurrentOperator()) redirect("/operator");
  redirect("/sign-in");
}

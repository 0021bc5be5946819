import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { OperatorActor } from "@/lib/auth/actor";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getCurrentUser, requireOperator, requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { errorState, parseForm, unreadableFormState, type FormState } from "@/lib/forms";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";

// The one wrapper every server action goes through (the shape of saas-starter's
// validatedActionWithUser and dub's layered action clients): who is acting, the form parsed
// once with the operation's schema, the request's translator, revalidation and the error state.
// Actions stay thin: `export const fooAction = userAction({ schema }, async (input, ctx) => …)`.

export type ActionContext<A> = {
  actor: A;
  t: Translate;
  locale: Locale;
  ip: string;
  /** The submitted text fields (minus `omitValues`) to refill the form. */
  values: Record<string, string>;
  formData: FormData;
};

export type ActionOptions<S extends z.ZodType> = {
  /** The operation's input schema (kept beside its domain function); fields starting with `$` are React's. */
  schema: S;
  /** Fields never echoed back (passwords and other secrets). */
  omitValues?: string[];
  /**
   * Paths to revalidate after a successful run, including one that ends in redirect();
   * `["/operator", "layout"]` revalidates everything under a layout.
   */
  revalidate?: (string | [path: string, type: "layout" | "page"])[];
};

type Run<S extends z.ZodType, A, R extends FormState> = (input: z.output<S>, ctx: ActionContext<A>) => Promise<R>;

/**
 * An action client: `getActor` decides who may act at all (it redirects to sign-in otherwise).
 * The state type is FormState unless given (`userAction<typeof schema, AddUserState>`): it is
 * never inferred from `run`, whose literal result would be too narrow for useActionState.
 */
function actionClient<A>(getActor: () => Promise<A>) {
  return <S extends z.ZodType, R extends FormState = FormState>(
      options: ActionOptions<S>,
      run: Run<S, A, NoInfer<R>>,
    ) =>
    async (_previous: R, formData: FormData): Promise<R> => {
      // Checked before anything else: a raw request may post a JSON body, which is no FormData.
      const t = await getT();
      const unreadable = unreadableFormState(formData, t);
      if (unreadable) return unreadable as R;
      const actor = await getActor();
      const [locale, ip] = [await getLocale(), clientIpFrom(await headers())];
      const parsed = parseForm(options.schema, formData, t, { omitValues: options.omitValues });
      if (!parsed.ok) return parsed.state as R;
      const revalidate = () => {
        for (const target of options.revalidate ?? [])
          if (typeof target === "string") revalidatePath(target);
          else revalidatePath(...target);
      };
      try {
        const result = await run(parsed.data, { actor, t, locale, ip, values: parsed.values, formData });
        if (result.status !== "error") revalidate();
        return result;
      } catch (error) {
        try {
          unstable_rethrow(error); // redirect() and notFound() are Next's control flow, not failures
        } catch (control) {
          revalidate();
          throw control;
        }
        return errorState(error, parsed.values, t) as R;
      }
    };
}

/** A signed-in partner or customer user (R18: a temporary password must be changed first). */
export const userAction = actionClient<CurrentUser>(() => requireUser());

/** A signed-in user who may still hold a temporary password (the change-password form itself). */
export const temporaryPasswordAction = actionClient<CurrentUser>(() => requireUser({ allowTemporaryPassword: true }));

/** Anyone: the actor is the signed-in user if there is one (sign-in, landing pages, the enrollment wizard). */
export const publicAction = actionClient<CurrentUser | null>(() => getCurrentUser());

/** A signed-in operator of the vendor (the console); partner sessions never pass. */
export const operatorAction = actionClient<OperatorActor>(() => requireOperator());

import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticateOperator, authenticateUser, SESSION_MAX_AGE_SECONDS } from "./authenticate";
import { clientIpFrom } from "./client-ip";
import { cookieFrom, DEVICE_COOKIE } from "./device-cookie";

/** Error codes surface in the sign-in form; none reveals whether an email exists. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const signInMeta = (request: Request) => ({
  ip: clientIpFrom(request.headers),
  userAgent: request.headers.get("user-agent"),
  deviceToken: cookieFrom(request.headers.get("cookie"), DEVICE_COOKIE),
});

type SessionClaims = { kind: "user" | "operator"; sid?: string; sv: number };

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticateUser(credentials, signInMeta(request));
        if (!result.ok)
          throw new SignInRefused(
            result.reason === "rate_limited" ? `rate_limited:${result.retryAfterSeconds}` : result.reason,
          );
        return { id: result.userId, kind: "user", sid: result.sessionId, sv: result.sessionVersion } as never;
      },
    }),
    Credentials({
      id: "operator",
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticateOperator(credentials, signInMeta(request));
        if (!result) throw new SignInRefused("invalid");
        return { id: result.operatorId, kind: "operator", sv: result.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user)
        Object.assign(token, {
          kind: (user as SessionClaims).kind,
          sid: (user as SessionClaims).sid,
          sv: (user as SessionClaims).sv,
        });
      return token;
    },
    // Only ids reach the session; roles and status are re-read from the database per request.
    session({ session, token }) {
      return { ...session, user: { id: token.sub }, kind: token.kind, sid: token.sid, sv: token.sv } as never;
    },
  },
});

export type SessionWithClaims = SessionClaims & { user?: { id?: string } };

// Where the customer landing page's links and redirects go; the token stays in the query (proxy.ts
// sends no-referrer and no-store for /invitations/*). Any string is encoded, so nothing breaks out.
const withToken = (path: string, token: string) => `${path}?token=${encodeURIComponent(token)}`;

export const landingPath = (token: string) => withToken("/invitations/customer", token);
export const createAccountPath = (token: string) => withToken("/invitations/customer/create-account", token);
export const signInPath = (token: string) => `/sign-in?callbackUrl=${encodeURIComponent(landingPath(token))}`;

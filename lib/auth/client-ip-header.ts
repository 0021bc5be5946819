/** The one request header carrying the client's address: set by the app server (lib/server/app-server.ts), read by client-ip.ts. */
export const CLIENT_IP_HEADER = "x-client-ip";

// R16: how long an invitation link lives, in days (default, minimum, maximum). Its own module so the
// invitation forms' schemas can check it in the browser too.
export const INVITATION_DEFAULT_DAYS = 30;
export const INVITATION_MIN_DAYS = 1;
export const INVITATION_MAX_DAYS = 90;

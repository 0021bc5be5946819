// Only under segments whose pages never answer not-found: a streamed loading fallback fixes the
// status at 200, so a notFound() below it would no longer be a 404 (see ARCHITECTURE, Feedback).
export { ContentSkeleton as default } from "@/components/shell/content-skeleton";

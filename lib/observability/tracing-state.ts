// Whether tracing.ts started an exporter in this process (on globalThis: module copies share it).
const holder = globalThis as unknown as { partnerCenterTracing?: boolean };

export const tracingEnabled = () => holder.partnerCenterTracing === true;
export const setTracingEnabled = (on: boolean) => void (holder.partnerCenterTracing = on);

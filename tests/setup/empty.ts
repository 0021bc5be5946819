// Stand-in for the "server-only" marker package outside Next (vitest alias, Node scripts).
export {};

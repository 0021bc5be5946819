// English strings of the signed-in shell: the phone menu and the loading skeletons (spread into en.ts). German in shell-de.ts must have every key.
export const shellEn = {
  "shell.menu": "Menu",
  "shell.closeMenu": "Close menu",
  "shell.loading": "Loading…",
} as const;

export type ShellMessageKey = keyof typeof shellEn;

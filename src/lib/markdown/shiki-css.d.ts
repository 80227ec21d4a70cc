// The code stylesheet module served by shiki-stylesheet-plugin.ts (imported for its side effect).
declare module 'virtual:stagecraft/shiki.css';

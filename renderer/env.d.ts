// Vite bundles the CSS files that components import for their side effect.
declare module '*.css';

// The router, for the entry (main.tsx) to evaluate in a task of its own before the app: the same bindings app/start.tsx
// and App.tsx import, so importing this namespace adds no code to the bundle.
export { createBrowserRouter } from 'react-router';
export { RouterProvider } from 'react-router/dom';

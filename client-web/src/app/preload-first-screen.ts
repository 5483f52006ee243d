import type { RouteObject } from 'react-router';

/** How specific a route path is: static segments count most, so `events/new` beats `events/:id`, like the router. */
interface Match {
  routes: RouteObject[];
  score: number;
}

function matchAll(routes: RouteObject[], segments: string[], parents: RouteObject[] = [], score = 0): Match[] {
  const found: Match[] = [];
  for (const route of routes) {
    const own = route.path?.split('/').filter(Boolean) ?? [];
    let rest = segments;
    let points = score;
    let ok = true;
    for (const part of own) {
      if (part === '*') {
        rest = [];
        break;
      }
      const [head, ...tail] = rest;
      if (head === undefined || (!part.startsWith(':') && part !== head)) {
        ok = false;
        break;
      }
      points += part.startsWith(':') ? 2 : 3;
      rest = tail;
    }
    if (!ok) continue;
    const chain = [...parents, route];
    if (route.children) found.push(...matchAll(route.children, rest, chain, points));
    else if (rest.length === 0 && (route.index || route.path !== undefined)) found.push({ routes: chain, score: points });
  }
  return found;
}

/**
 * Starts downloading the chunks of the screen at `pathname` (and of its layouts) right away, in parallel with
 * React and the router, instead of after them. Only a hint: the router still matches and loads for real, and the
 * browser fetches each module once. A path it does not recognize preloads nothing.
 */
export function preloadFirstScreen(routes: RouteObject[], pathname: string): RouteObject[] {
  const matched = firstScreenRoutes(routes, pathname);
  matched.forEach(preloadRoute);
  return matched;
}

/** The routes the router will render at `pathname`, outermost layout first (none for a path it does not recognize). */
export function firstScreenRoutes(routes: RouteObject[], pathname: string): RouteObject[] {
  const segments = pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  return matchAll(routes, segments).sort((a, b) => b.score - a.score)[0]?.routes ?? [];
}

/** Starts loading one route's lazy chunk (and its imports). */
export function preloadRoute(route: RouteObject): void {
  if (typeof route.lazy === 'function') route.lazy().catch(() => undefined); // the router reports a failed load
}

/**
 * The API called directly with a person's token (see `apiToken`), for what a journey sets up or checks but is not
 * about: friendships, playlists, the server's state after a change.
 */
export async function callApi<T = Record<string, unknown>>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Makes two people friends through the API (only friends can be invited to a playlist or an event). */
export async function befriend(baseUrl: string, tokenA: string, tokenB: string): Promise<void> {
  const b = await callApi<{ id: string }>(baseUrl, tokenB, 'GET', '/api/users/me');
  const request = await callApi<{ id: string }>(baseUrl, tokenA, 'POST', '/api/friends/requests', { userId: b.id });
  await callApi(baseUrl, tokenB, 'POST', `/api/friends/requests/${request.id}/accept`);
}

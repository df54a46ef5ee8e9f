// The one list operation the stores share: the backend returns a changed item whole, and it
// takes the place of the old one (or joins the list when new).

export function upsert<T extends { id: number }>(list: T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

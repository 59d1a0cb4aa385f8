// The copy form offers a title for the chosen municipality ("Maskun vuosikello"): when the
// teacher picks another town, the offer follows it, unless she has written a title herself.
document.addEventListener("DOMContentLoaded", () => {
  const town = document.querySelector("[data-copy-town]");
  const title = document.querySelector("[data-copy-title]");
  if (!town || !title) return;
  let offered = town.selectedOptions[0]?.dataset.title ?? title.value;
  town.addEventListener("change", () => {
    const next = town.selectedOptions[0]?.dataset.title;
    if (next !== undefined && title.value === offered) {
      title.value = next;
      offered = next;
    }
  });
});

// ThanUyen.Bot web view: the pages work without this; it only saves a tap.
// A filter chosen from a list applies at once (the "Lọc" button still works everywhere).
document.querySelectorAll("form.filters select").forEach(function (select) {
  select.addEventListener("change", function () { select.form.submit(); });
});

// A lesson plan's tools (templates/plans/components/plan_tools.html): print the plan, copy the
// page's address. The buttons stay hidden until this script shows them; without it the page
// still prints from the browser's menu and its address is in the address bar.
(function () {
  "use strict";
  var tools = document.querySelector("[data-plan-tools]");
  if (!tools) return;
  var status = document.querySelector("[data-plan-tools-status]");
  var printButton = tools.querySelector("[data-print]");
  var copyButton = tools.querySelector("[data-copy-link]");
  var byHand = document.querySelector("[data-plan-tools-address]");

  // The status region is in the page from the start, so a screen reader announces a change.
  // Emptied first: copying twice announces twice.
  function announce(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  // Where the clipboard is out of reach (an insecure address, a refusal), the address is shown
  // selected in a field, to be copied with the keyboard.
  function offerByHand() {
    byHand.hidden = false;
    var field = byHand.querySelector("input");
    field.focus();
    field.select();
    announce(copyButton.getAttribute("data-copy-by-hand"));
  }

  if (typeof window.print === "function") {
    printButton.addEventListener("click", function () { window.print(); });
  } else {
    printButton.hidden = true;
  }

  copyButton.addEventListener("click", function () {
    var address = copyButton.getAttribute("data-copy-link");
    if (!navigator.clipboard || !window.isSecureContext) {
      offerByHand();
      return;
    }
    navigator.clipboard.writeText(address).then(function () {
      byHand.hidden = true;
      announce(copyButton.getAttribute("data-copied"));
    }, offerByHand);
  });

  tools.hidden = false;
})();

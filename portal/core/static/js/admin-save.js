// Saving by hand ("Tallenna luonnos", "Lähetä …") and Wagtail's autosave must not race.
//
// An autosave triggered by the last keystroke could reach the server after the teacher's
// own save: it then stored the form again as a newer version, and the editor reloaded after
// her save told her that she had "saved a new version in another window", or later refused
// to save over it. Once a save by hand is on its way, the autosave waiting for its turn is
// cancelled and no new one starts; an autosave already sent is let finish first.
(() => {
  const waiting = new WeakMap(); // form -> the autosave event waiting for its turn
  const sent = new WeakMap(); // form -> the promise of the autosave request on its way

  const autosavingForm = (url, init) => {
    if (!init || String(init.method).toLowerCase() !== "post" || !(init.body instanceof FormData)) return null;
    const target = new URL(url, document.baseURI).href;
    for (const form of document.querySelectorAll("form[data-controller~='w-autosave']")) {
      if (form.action === target) return form;
    }
    return null;
  };

  const fetch = window.fetch.bind(window);
  window.fetch = (url, init) => {
    const request = fetch(url, init);
    const form = autosavingForm(url, init);
    if (form) {
      const settled = request.then(() => undefined, () => undefined);
      sent.set(form, settled);
      // Forgotten once Wagtail has reported the answer (below), or a while after it came.
      settled.then(() =>
        setTimeout(() => {
          if (sent.get(form) === settled) sent.delete(form);
        }, 3000),
      );
    }
    return request;
  };

  const reported = (event) => sent.delete(event.target);
  document.addEventListener("w-autosave:success", reported);
  document.addEventListener("w-autosave:error", reported);

  document.addEventListener("w-autosave:save", (event) => {
    const form = event.target;
    if (form.dataset.savingByHand) event.preventDefault();
    else waiting.set(form, event);
  });

  // On window, in the bubbling phase: after Wagtail's own handlers have had their say (a
  // dialog that stops the submission leaves autosave running).
  window.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || !form.matches("form[data-controller~='w-autosave']")) return;
    form.dataset.savingByHand = "1";
    form.setAttribute("data-w-autosave-active-value", "false");
    const next = waiting.get(form);
    if (next) next.preventDefault(); // read by Wagtail only when its turn comes
    const onItsWay = sent.get(form);
    if (!onItsWay) return;
    event.preventDefault();
    const submitter = event.submitter && event.submitter.form === form ? event.submitter : undefined;
    // Wagtail reports the autosave's end once it has read the answer (and, for a new page,
    // moved the form to the page's edit address); the request's own end is the fallback.
    const reported = new Promise((resolve) => {
      form.addEventListener("w-autosave:success", resolve, { once: true });
      form.addEventListener("w-autosave:error", resolve, { once: true });
    });
    const fallback = onItsWay.then(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    Promise.race([reported, fallback]).then(() => {
      // Wagtail disables a long-running button once clicked; a disabled button would not send
      // its name ("action-submit"), and the submission would become a plain save.
      if (submitter) submitter.disabled = false;
      form.requestSubmit(submitter);
    });
  });
})();

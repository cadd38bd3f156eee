// The sandbox page: plays Slack's part. What you do goes to the sandbox server, which signs it and posts it to the
// app as Slack would; what the app does through the (fake) Web API comes back in the state polled below.
(() => {
  const page = { user: "UALICE", channel: "CPLATFORM", channelName: "ml-platform", tab: "channel", thread: null, version: -1, state: null };
  const NAMES = { UALICE: "alice", UBOB: "bob", UBOT: "MLOps Guide" };
  const $ = id => document.getElementById(id);

  async function post(path, body) {
    const response = await fetch("/api/" + path, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(Object.assign({ user: page.user, channel: currentChannel(), channel_name: page.channelName }, body)) });
    return response.json();
  }

  function currentChannel() {
    return page.channel === "DM" ? "D" + page.user : page.channel;
  }

  async function poll() {
    try {
      const state = await (await fetch("/api/state")).json();
      if (state.version !== page.version) {
        page.version = state.version;
        page.state = state;
        render();
      }
    } finally {
      setTimeout(poll, 400);
    }
  }

  function visible(message) {
    return !message.ephemeral || message.ephemeral === page.user;
  }

  function renderMessage(message, inThread) {
    const node = document.createElement("div");
    node.className = "message" + (message.ephemeral ? " ephemeral" : "");
    node.dataset.ts = message.ts;
    const author = document.createElement("div");
    author.className = "author" + (message.user === "UBOT" ? " bot" : "");
    author.textContent = NAMES[message.user] || message.user;
    node.appendChild(author);
    if (message.blocks && message.blocks.length) {
      node.appendChild(BlockKit.render(message.blocks, { onAction: action => post("action", {
        action_id: action.action_id, value: action.value, type: action.type, message_ts: message.ts,
        thread_ts: message.thread_ts || null }) }));
    } else {
      const text = document.createElement("div");
      text.innerHTML = BlockKit.mrkdwn(message.text);
      node.appendChild(text);
    }
    if (message.file) {
      const file = document.createElement("div");
      file.className = "file";
      const img = document.createElement("img");
      img.src = "/api/file/" + message.file;
      img.alt = message.text;
      file.appendChild(img);
      node.appendChild(file);
    }
    if (message.edited) node.appendChild(Object.assign(document.createElement("span"), { className: "edited", textContent: "(edited)" }));
    if (message.ephemeral) node.appendChild(Object.assign(document.createElement("div"), { className: "ephemeral-note", textContent: "Only visible to you" }));
    if (!inThread) {
      const replies = page.state.messages.filter(m => m.thread_ts === message.ts && m.channel === message.channel && visible(m));
      if (replies.length) {
        const link = Object.assign(document.createElement("div"), { className: "replies", textContent: replies.length + (replies.length === 1 ? " reply" : " replies") });
        link.addEventListener("click", () => { page.thread = message.ts; render(); });
        node.appendChild(link);
      }
    }
    return node;
  }

  function render() {
    if (!page.state) return;
    document.querySelectorAll(".channel-link").forEach(a => a.classList.toggle("active", page.tab === "channel" && a.dataset.channel === page.channel));
    $("open-home").classList.toggle("active", page.tab === "home");
    $("title").textContent = page.tab === "home" ? "MLOps Guide · Home" : page.channel === "DM" ? "MLOps Guide · Messages" : "# " + page.channelName;
    $("messages").hidden = page.tab !== "channel";
    $("composer-form").hidden = page.tab !== "channel";
    $("home").hidden = page.tab !== "home";
    const channel = currentChannel();
    const messages = page.state.messages.filter(m => m.channel === channel && !m.thread_ts && visible(m));
    const list = $("messages");
    // Rebuild only what changed, so that what a person is pointing at stays put.
    const key = JSON.stringify([channel, page.user, messages, page.state.messages.filter(m => m.thread_ts).length]);
    if (list.dataset.key !== key) {
      list.dataset.key = key;
      const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 20;
      list.replaceChildren(...messages.map(m => renderMessage(m, false)));
      if (atBottom) list.scrollTop = list.scrollHeight;
    }
    renderThread(channel);
    renderHome();
    renderModal();
    renderLog();
  }

  function renderThread(channel) {
    $("thread").hidden = !page.thread;
    if (!page.thread) return;
    const root = page.state.messages.find(m => m.ts === page.thread && m.channel === channel);
    const replies = page.state.messages.filter(m => m.thread_ts === page.thread && m.channel === channel && visible(m));
    const key = JSON.stringify([page.user, root, replies]);
    if ($("thread-messages").dataset.key === key) return;
    $("thread-messages").dataset.key = key;
    $("thread-messages").replaceChildren(...[root].concat(replies).filter(Boolean).map(m => renderMessage(m, true)));
  }

  function renderHome() {
    const home = page.state.homes[page.user];
    const key = JSON.stringify([page.user, home]);
    if ($("home").dataset.key === key) return;
    $("home").dataset.key = key;
    $("home").replaceChildren(home ? BlockKit.render(home.blocks, { onAction: action => post("action", {
      action_id: action.action_id, value: action.value, type: action.type, view_id: home.id }) }) : Object.assign(document.createElement("p"), { textContent: "Loading your Home…" }));
  }

  function renderModal() {
    const stack = page.state.modals[page.user] || [];
    const layer = $("modal-layer");
    layer.hidden = stack.length === 0;
    if (!stack.length) { layer.replaceChildren(); page.modal = null; return; }
    const view = stack[stack.length - 1];
    if (layer.dataset.viewKey === view.id + view.hash + JSON.stringify(view.errors || {})) return;
    // The same view shown again with errors keeps what the person had chosen, as Slack does.
    const sameView = page.modal && page.modal.id === view.id && page.modal.hash === view.hash;
    const kept = sameView ? BlockKit.values(page.modal.ctx) : null;
    layer.dataset.viewKey = view.id + view.hash + JSON.stringify(view.errors || {});
    const ctx = { inputs: [], errors: view.errors || {}, kept: kept, onAction: action => post("action", {
      action_id: action.action_id, value: action.value, type: action.type, view_id: view.id, values: BlockKit.values(ctx) }) };
    page.modal = { id: view.id, hash: view.hash, ctx: ctx };
    const modal = Object.assign(document.createElement("div"), { className: "modal", id: "modal" });
    const header = document.createElement("header");
    header.textContent = view.title ? view.title.text : "";
    if (stack.length > 1) header.appendChild(Object.assign(document.createElement("span"), { className: "stacked", textContent: "  (" + stack.length + " stacked)" }));
    const body = Object.assign(document.createElement("div"), { className: "modal-body" });
    body.appendChild(BlockKit.render(view.blocks, ctx));
    const footer = document.createElement("footer");
    const close = Object.assign(document.createElement("button"), { type: "button", id: "modal-close", textContent: view.close ? view.close.text : "Close" });
    close.addEventListener("click", () => post("close", { view_id: view.id }));
    footer.appendChild(close);
    if (view.submit) {
      const submit = Object.assign(document.createElement("button"), { type: "button", id: "modal-submit", className: "bk-button primary", textContent: view.submit.text });
      submit.addEventListener("click", () => post("submit", { view_id: view.id, values: BlockKit.values(ctx) }));
      footer.appendChild(submit);
    }
    modal.append(header, body, footer);
    layer.replaceChildren(modal);
  }

  function renderLog() {
    const entries = page.state.log.slice(-80).reverse();
    $("log").replaceChildren(...entries.map(e => {
      const item = document.createElement("li");
      item.className = e.outcome === "ok" || e.outcome === "200" ? "" : "fail";
      const when = Object.assign(document.createElement("span"), { className: "when", textContent: e.at + "  " });
      const what = document.createTextNode((e.kind === "request" ? "→ app  " : "← api  ") + e.name + "  " + e.outcome
        + (e.millis ? "  " + e.millis + " ms" : "") + (e.user ? "  by " + e.user : ""));
      item.append(when, what);
      if (e.body) item.appendChild(Object.assign(document.createElement("div"), { className: "body", textContent: e.body }));
      return item;
    }));
    const faults = page.state.faults || [];
    $("armed").replaceChildren(...faults.map(f => Object.assign(document.createElement("li"), { textContent: "armed: " + f })));
  }

  // Typing #… offers the workspace's channels, as Slack's composer does; the chosen one is written as #name.
  const CHANNELS = Array.from(document.querySelectorAll(".channel-link"))
    .filter(a => a.dataset.channel !== "DM").map(a => a.dataset.name);
  function suggest() {
    const input = $("composer");
    const typed = (input.value.slice(0, input.selectionStart).match(/#([a-z0-9_-]*)$/) || [])[1];
    const matches = typed === undefined ? [] : CHANNELS.filter(name => name.startsWith(typed));
    $("suggestions").hidden = matches.length === 0;
    $("suggestions").replaceChildren(...matches.map(name => {
      const button = Object.assign(document.createElement("button"), { type: "button", textContent: "# " + name });
      button.dataset.channel = name;
      button.addEventListener("click", () => {
        const before = input.value.slice(0, input.selectionStart).replace(/#[a-z0-9_-]*$/, "#" + name + " ");
        input.value = before + input.value.slice(input.selectionStart);
        input.focus();
        input.setSelectionRange(before.length, before.length);
        suggest();
      });
      return button;
    }));
  }
  $("composer").addEventListener("input", suggest);

  async function send(text, threadTs) {
    if (!text.trim()) return;
    if (text.startsWith("/")) {
      if (!text.startsWith("/mlops-assess")) {
        alert("Only /mlops-assess is installed in this workspace.");
        return;
      }
      await post("command", { text: text });
    } else {
      await post("message", { text: text, thread_ts: threadTs || null });
    }
  }

  $("composer-form").addEventListener("submit", event => {
    event.preventDefault();
    const text = $("composer").value;
    $("composer").value = "";
    suggest();
    send(text, null);
  });
  $("thread-form").addEventListener("submit", event => {
    event.preventDefault();
    const text = $("thread-composer").value;
    $("thread-composer").value = "";
    send(text, page.thread);
  });
  $("close-thread").addEventListener("click", () => { page.thread = null; $("thread-messages").dataset.key = ""; render(); });
  document.querySelectorAll(".channel-link").forEach(a => a.addEventListener("click", event => {
    event.preventDefault();
    page.tab = "channel";
    page.channel = a.dataset.channel;
    page.channelName = a.dataset.name;
    page.thread = null;
    render();
  }));
  $("open-home").addEventListener("click", event => {
    event.preventDefault();
    page.tab = "home";
    page.thread = null;
    post("home", {});
    render();
  });
  $("user").addEventListener("change", () => { page.user = $("user").value; if (page.tab === "home") post("home", {}); render(); });
  $("run-step").addEventListener("click", () => post("workflow", {}));
  $("fault-form").addEventListener("submit", event => {
    event.preventDefault();
    post("fault", { method: $("fault-method").value, kind: $("fault-kind").value, times: Number($("fault-times").value) });
  });
  poll();
})();

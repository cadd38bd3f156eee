// Renders Slack Block Kit (the blocks and elements the app sends) and Slack's mrkdwn into the page.
// Unknown block or element types are shown as a visible placeholder with their JSON, never dropped.
const BlockKit = (() => {
  const EMOJI = {
    white_check_mark: "✅", warning: "⚠️", bar_chart: "📊", busts_in_silhouette: "👥", bulb: "💡",
    ballot_box_with_check: "☑️", toolbox: "🧰", thumbsup: "👍", thumbsdown: "👎", thinking_face: "🤔",
    calendar: "📅", rocket: "🚀", tada: "🎉", x: "❌", heavy_check_mark: "✔️", information_source: "ℹ️",
    office: "🏢", hourglass: "⌛", fast_forward: "⏩", bell: "🔔", dart: "🎯", chart_with_upwards_trend: "📈",
    no_entry_sign: "🚫", raising_hand: "🙋", memo: "📝"
  };
  const USERS = { UALICE: "alice", UBOB: "bob", UBOT: "MLOps Guide" };
  const CHANNELS = { CPLATFORM: "ml-platform", CDATASCI: "data-science" };
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function escapeHtml(text) {
    return text.replace(/&(?![a-z]+;|#\d+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // Slack's mrkdwn: *bold*, _italic_, ~strike~, `code`, ```pre```, <url|text>, <@U>, <#C|name>, dates,
  // bullet lines, > quotes and :emoji:.
  function mrkdwn(text) {
    const tokens = [];
    let source = String(text || "").replace(/<([^<>]+)>/g, (all, inner) => {
      tokens.push(link(inner));
      return "\u0000" + (tokens.length - 1) + "\u0000";
    });
    source = escapeHtml(source);
    const pres = [];
    source = source.replace(/```([\s\S]*?)```/g, (all, code) => {
      pres.push("<pre><code>" + code.replace(/^\n/, "") + "</code></pre>");
      return "\u0001" + (pres.length - 1) + "\u0001";
    });
    source = source.replace(/`([^`\n]+)`/g, "<code>$1</code>")
      .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;!?])/gm, "$1<b>$2</b>")
      .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,:;!?])/gm, "$1<i>$2</i>")
      .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s).,:;!?])/gm, "$1<s>$2</s>")
      .replace(/:([a-z0-9_+-]+):/g, (all, name) => emoji(name))
      .replace(/^&gt; ?(.*)$/gm, "<blockquote>$1</blockquote>")
      .replace(/\n/g, "<br>");
    source = source.replace(/\u0001(\d+)\u0001/g, (all, i) => pres[Number(i)]);
    return source.replace(/\u0000(\d+)\u0000/g, (all, i) => tokens[Number(i)]);
  }

  function link(inner) {
    const [target, label] = inner.split("|");
    if (target.startsWith("@")) {
      return '<span class="mention">@' + escapeHtml(label || USERS[target.slice(1)] || target.slice(1)) + "</span>";
    }
    if (target.startsWith("#")) {
      return '<span class="mention">#' + escapeHtml(label || CHANNELS[target.slice(1)] || target.slice(1)) + "</span>";
    }
    if (target.startsWith("!date^")) {
      return escapeHtml(date(target, label));
    }
    if (target.startsWith("!")) {
      return '<span class="mention">@' + escapeHtml(target.slice(1)) + "</span>";
    }
    return '<a href="' + escapeHtml(target) + '" target="_blank" rel="noopener">' + escapeHtml(label || target) + "</a>";
  }

  // Whether this browser draws emoji in colour; without an emoji font it draws empty boxes.
  const COLOUR_EMOJI = (() => {
    try {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 20;
      const g = canvas.getContext("2d");
      g.font = "16px sans-serif";
      g.textBaseline = "top";
      g.fillText("\u{1F4C5}", 0, 0);
      const pixels = g.getImageData(0, 0, 20, 20).data;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i + 3] > 0 && (pixels[i] !== pixels[i + 1] || pixels[i + 1] !== pixels[i + 2])) return true;
      }
    } catch (ignored) { /* no canvas: say the names */ }
    return false;
  })();

  // An emoji as Slack draws it where this browser can, else as its name in a chip.
  function emoji(name) {
    return EMOJI[name] && COLOUR_EMOJI ? '<span class="emoji" title=":' + name + ':">' + EMOJI[name] + "</span>"
      : '<span class="emoji-name">:' + name + ":</span>";
  }

  // Slack's <!date^seconds^format|fallback>, in the reader's own time zone as Slack shows it.
  function date(token, fallback) {
    const [, seconds, format] = token.split("^");
    const at = new Date(Number(seconds) * 1000);
    if (!format || isNaN(at)) return fallback || "a date";
    const now = new Date();
    const day = at.toDateString() === now.toDateString() ? "Today"
      : MONTHS[at.getMonth()] + " " + at.getDate() + (at.getFullYear() === now.getFullYear() ? "" : ", " + at.getFullYear());
    const time = String(at.getHours()).padStart(2, "0") + ":" + String(at.getMinutes()).padStart(2, "0");
    return format.replace("{date_short_pretty}", day).replace("{date_short}", day).replace("{date}", day)
      .replace("{time}", time);
  }

  function text(object) {
    const span = el("span");
    if (!object) return span;
    if (object.type === "mrkdwn") span.innerHTML = mrkdwn(object.text);
    else span.innerHTML = escapeHtml(object.text || "").replace(/:([a-z0-9_+-]+):/g, (all, name) => emoji(name));
    return span;
  }

  function unknown(json) {
    return el("div", "bk-unknown", "Unsupported " + (json.type || "item") + ":\n" + JSON.stringify(json, null, 2));
  }

  // ctx: { onAction(action, blockId), inputs: [] (collected for submission), errors: {blockId: message},
  //        kept: {blockId: {actionId: value}} (what the person had chosen, kept when the view shows errors) }
  function render(blocks, ctx) {
    const root = el("div", "bk");
    (blocks || []).forEach(block => root.appendChild(renderBlock(block, ctx)));
    return root;
  }

  function renderBlock(block, ctx) {
    switch (block.type) {
      case "header": { const h = el("div", "bk-header"); h.appendChild(text(block.text)); return h; }
      case "divider": return el("hr", "bk-divider");
      case "section": {
        const section = el("div", "bk-section");
        const body = el("div", "bk-section-body");
        if (block.text) body.appendChild(text(block.text));
        if (block.fields) {
          const fields = el("div", "bk-fields");
          block.fields.forEach(f => fields.appendChild(text(f)));
          body.appendChild(fields);
        }
        section.appendChild(body);
        if (block.accessory) section.appendChild(renderElement(block.accessory, block.block_id, ctx, false));
        return section;
      }
      case "context": {
        const context = el("div", "bk-context");
        (block.elements || []).forEach(e => context.appendChild(e.type === "image" ? image(e) : text(e)));
        return context;
      }
      case "actions": {
        const actions = el("div", "bk-actions");
        (block.elements || []).forEach(e => actions.appendChild(renderElement(e, block.block_id, ctx, false)));
        return actions;
      }
      case "image": {
        const figure = el("div", "bk-image");
        if (block.title) figure.appendChild(text(block.title));
        figure.appendChild(image(block));
        return figure;
      }
      case "input": {
        const input = el("div", "bk-input");
        input.dataset.blockId = block.block_id;
        const label = el("label", "bk-label");
        label.appendChild(text(block.label));
        if (block.optional) label.appendChild(el("span", "bk-hint", " (optional)"));
        input.appendChild(label);
        input.appendChild(renderElement(block.element, block.block_id, ctx, true));
        if (block.hint) { const hint = el("div", "bk-hint"); hint.appendChild(text(block.hint)); input.appendChild(hint); }
        const error = ctx.errors && ctx.errors[block.block_id];
        if (error) input.appendChild(el("div", "bk-error", error));
        return input;
      }
      default: return unknown(block);
    }
  }

  function image(e) {
    const img = el("img");
    img.src = e.image_url;
    img.alt = e.alt_text || "";
    return img;
  }

  // In an input block an element's value is collected on submission; elsewhere it sends an action at once.
  function renderElement(e, blockId, ctx, inInput) {
    const act = value => ctx.onAction && ctx.onAction({ action_id: e.action_id, value: value, block_id: blockId, type: e.type });
    const kept = ((ctx.kept || {})[blockId] || {})[e.action_id];
    switch (e.type) {
      case "button": {
        const button = el("button", "bk-button" + (e.style ? " " + e.style : ""));
        button.type = "button";
        button.appendChild(text(e.text));
        button.dataset.actionId = e.action_id;
        button.addEventListener("click", () => act(e.value));
        return button;
      }
      case "image": return image(e);
      case "overflow": {
        const select = el("select", "bk-overflow");
        select.appendChild(el("option", "", "⋯"));
        (e.options || []).forEach(o => { const opt = el("option", "", o.text.text); opt.value = o.value; select.appendChild(opt); });
        select.addEventListener("change", () => act(select.value));
        return select;
      }
      case "static_select": {
        const select = el("select", "bk-select");
        select.dataset.blockId = blockId;
        select.appendChild(el("option", "", e.placeholder ? e.placeholder.text : "Choose"));
        (e.options || []).forEach(o => {
          const opt = el("option", "", o.text.text);
          opt.value = o.value;
          const chosen = kept ? kept.selected_option && kept.selected_option.value : e.initial_option && e.initial_option.value;
          if (chosen === o.value) opt.selected = true;
          select.appendChild(opt);
        });
        if (inInput) collect(ctx, blockId, e.action_id, () => select.selectedIndex > 0
          ? { type: "static_select", selected_option: { value: select.value, text: { type: "plain_text", text: select.value } } } : null);
        else select.addEventListener("change", () => act(select.value));
        return select;
      }
      case "radio_buttons":
      case "checkboxes": {
        const group = el("div", "bk-options");
        const kind = e.type === "radio_buttons" ? "radio" : "checkbox";
        const name = blockId + "." + e.action_id;
        const initial = kept ? (kept.selected_option ? [kept.selected_option.value] : (kept.selected_options || []).map(o => o.value))
          : e.initial_option ? [e.initial_option.value] : (e.initial_options || []).map(o => o.value);
        (e.options || []).forEach(o => {
          const label = el("label", "bk-option");
          const input = el("input");
          input.type = kind;
          input.name = name;
          input.value = o.value;
          input.dataset.blockId = blockId;
          input.checked = initial.includes(o.value);
          label.appendChild(input);
          label.appendChild(text(o.text));
          group.appendChild(label);
        });
        const chosen = () => Array.from(group.querySelectorAll("input")).filter(i => i.checked).map(i => i.value);
        if (inInput) collect(ctx, blockId, e.action_id, () => kind === "radio"
          ? (chosen().length ? { type: e.type, selected_option: { value: chosen()[0], text: { type: "plain_text", text: chosen()[0] } } } : null)
          : { type: e.type, selected_options: chosen().map(v => ({ value: v, text: { type: "plain_text", text: v } })) });
        else group.addEventListener("change", () => act(chosen()[0]));
        return group;
      }
      case "plain_text_input": {
        const input = el(e.multiline ? "textarea" : "input", "bk-text");
        input.dataset.blockId = blockId;
        if (kept) input.value = kept.value || "";
        else if (e.initial_value) input.value = e.initial_value;
        if (e.placeholder) input.placeholder = e.placeholder.text;
        collect(ctx, blockId, e.action_id, () => ({ type: "plain_text_input", value: input.value }));
        return input;
      }
      case "conversations_select":
      case "channels_select": {
        // The workspace's channels (never a DM, as the app's filter asks), the initial one chosen.
        const select = el("select", "bk-select bk-conversations");
        select.dataset.blockId = blockId;
        select.appendChild(el("option", "", e.placeholder ? e.placeholder.text : "Choose a channel"));
        const initial = kept ? kept.selected_conversation || kept.selected_channel : e.initial_conversation || e.initial_channel;
        Object.entries(CHANNELS).forEach(([id, name]) => {
          const opt = el("option", "", "# " + name);
          opt.value = id;
          if (initial === id) opt.selected = true;
          select.appendChild(opt);
        });
        const key = e.type === "channels_select" ? "selected_channel" : "selected_conversation";
        if (inInput) collect(ctx, blockId, e.action_id, () => select.selectedIndex > 0 ? { type: e.type, [key]: select.value } : null);
        else select.addEventListener("change", () => act(select.value));
        return select;
      }
      case "users_select": {
        const select = el("select", "bk-select bk-users");
        select.dataset.blockId = blockId;
        select.appendChild(el("option", "", e.placeholder ? e.placeholder.text : "Choose a person"));
        const initial = kept ? kept.selected_user : e.initial_user;
        Object.entries(USERS).filter(([id]) => id !== "UBOT").forEach(([id, name]) => {
          const opt = el("option", "", "@" + name);
          opt.value = id;
          if (initial === id) opt.selected = true;
          select.appendChild(opt);
        });
        if (inInput) collect(ctx, blockId, e.action_id, () => select.selectedIndex > 0 ? { type: e.type, selected_user: select.value } : null);
        else select.addEventListener("change", () => act(select.value));
        return select;
      }
      case "datepicker": {
        const input = el("input", "bk-date");
        input.type = "date";
        input.dataset.blockId = blockId;
        input.value = kept ? kept.selected_date || "" : e.initial_date || "";
        if (inInput) collect(ctx, blockId, e.action_id, () => input.value ? { type: "datepicker", selected_date: input.value } : null);
        else input.addEventListener("change", () => act(input.value));
        return input;
      }
      case "timepicker": {
        const input = el("input", "bk-time");
        input.type = "time";
        input.dataset.blockId = blockId;
        input.value = kept ? kept.selected_time || "" : e.initial_time || "";
        if (inInput) collect(ctx, blockId, e.action_id, () => input.value ? { type: "timepicker", selected_time: input.value } : null);
        else input.addEventListener("change", () => act(input.value));
        return input;
      }
      default: return unknown(e);
    }
  }

  function collect(ctx, blockId, actionId, read) {
    if (ctx.inputs) ctx.inputs.push({ blockId, actionId, read });
  }

  // The view state Slack sends with a submission: {blockId: {actionId: value}}.
  function values(ctx) {
    const state = {};
    (ctx.inputs || []).forEach(i => {
      const value = i.read();
      if (value) (state[i.blockId] = state[i.blockId] || {})[i.actionId] = value;
    });
    return state;
  }

  return { render, mrkdwn, values };
})();

// The sample's page: sends a prompt, reads the turn's Server-Sent Events from a streamed fetch() response
// (EventSource cannot POST), and shows the answer, the commands and file changes, the approval requests (allow or
// decline with one click), and the token usage.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { threadId: null, busy: false };

document.addEventListener('DOMContentLoaded', () => {
  loadMode();
  loadHealth();
  loadThreads();
  $('prompt-form').addEventListener('submit', (event) => { event.preventDefault(); send(); });
  $('prompt').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); send(); }
  });
  $('new-thread').addEventListener('click', () => newThread().catch(showError));
  $('refresh-threads').addEventListener('click', loadThreads);
  document.querySelectorAll('button.chip').forEach((chip) => chip.addEventListener('click', () => {
    $('prompt').value = chip.dataset.prompt;
    send();
  }));
});

async function loadMode() {
  try {
    const mode = await getJson('/api/mode');
    const badge = $('mode-badge');
    badge.textContent = mode.label;
    badge.className = 'badge ' + (mode.demo ? 'demo' : 'real');
    if (mode.demo) {
      $('mode-description').textContent = mode.description;
      $('mode-description').hidden = false;
    }
  } catch (error) {
    showError(error);
  }
}

async function loadHealth() {
  const health = $('health');
  try {
    const response = await fetch('/actuator/health');
    const body = await response.json();
    const codex = body.components && body.components.codex;
    if (!codex) {
      health.textContent = 'codex: ' + body.status;
      return;
    }
    const details = codex.details || {};
    health.textContent = 'codex ' + (details.version || '') + ': ' + codex.status;
    health.className = 'health ' + (codex.status === 'UP' ? 'up' : 'down');
  } catch (error) {
    health.textContent = 'codex: unknown';
  }
}

async function loadThreads() {
  const list = $('threads');
  try {
    const threads = await getJson('/api/threads');
    list.replaceChildren();
    if (threads.length === 0) {
      list.append(el('li', 'empty', 'No threads yet.'));
    }
    for (const thread of threads) {
      const item = el('li', thread.id === state.threadId ? 'current' : '');
      item.append(el('code', '', thread.id));
      item.append(el('span', 'preview', thread.name || thread.preview || '(no messages yet)'));
      list.append(item);
    }
  } catch (error) {
    list.replaceChildren(el('li', 'empty', 'Could not list threads: ' + error.message));
  }
}

async function newThread() {
  const response = await fetch('/api/threads', { method: 'POST' });
  if (!response.ok) {
    throw new Error(await problem(response));
  }
  const thread = await response.json();
  state.threadId = thread.id;
  const line = $('thread-line');
  line.replaceChildren('Thread ', el('code', '', thread.id));
  loadThreads();
  return thread;
}

async function send() {
  const prompt = $('prompt').value.trim();
  if (!prompt || state.busy) {
    return;
  }
  setBusy(true);
  resetTurn();
  try {
    if (!state.threadId) {
      await newThread();
    }
    await streamTurn(prompt);
  } catch (error) {
    showError(error);
  } finally {
    $('answer').dataset.state = 'done';
    setBusy(false);
    loadThreads();
    loadHealth();
  }
}

async function streamTurn(prompt) {
  const response = await fetch('/api/threads/' + encodeURIComponent(state.threadId) + '/turns/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream, application/problem+json' },
    body: JSON.stringify({ prompt }),
  });
  if (!response.ok) {
    throw new Error(await problem(response));
  }
  showTrace(response.headers.get('X-Trace-Id'));
  $('answer').dataset.state = 'streaming';
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + (buffer[end] === '\r' ? 4 : 2));
      dispatch(parseEvent(block));
    }
  }
}

/** Parses one SSE block ("event:" and "data:" lines). */
function parseEvent(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) {
      continue;
    }
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') {
      name = value;
    } else if (field === 'data') {
      data.push(value);
    }
  }
  return { name, data: data.length ? JSON.parse(data.join('\n')) : null };
}

const handlers = {
  delta: (data) => {
    const answer = $('answer');
    answer.dataset.deltas = String(Number(answer.dataset.deltas) + 1);
    const span = messageSpan(data.itemId);
    span.dataset.text = (span.dataset.text || '') + data.text;
    render(span, span.dataset.text);
  },
  reset: (data) => { const span = messageSpan(data.itemId); span.dataset.text = ''; render(span, ''); },
  'item-started': (data) => activityEntry(data),
  output: (data) => {
    const entry = document.querySelector('#activity li[data-id="' + CSS.escape(data.itemId) + '"]');
    if (entry) {
      outputBlock(entry).textContent += data.text;
    }
  },
  item: (data) => {
    if (data.type === 'agentMessage') {
      const span = messageSpan(data.id);
      span.dataset.text = data.text || '';
      render(span, span.dataset.text);
    } else if (data.type !== 'reasoning') {
      activityEntry(data);
    }
  },
  approval: (data) => showApproval(data),
  'approval-decided': (data) => approvalDecided(data),
  usage: () => {},
  error: (data) => { if (!data.willRetry) { showError(new Error(data.message)); } },
  dropped: (data) => { $('usage').dataset.dropped = data.count; },
  completed: (result) => showResult(result),
};

function dispatch(event) {
  const handler = handlers[event.name];
  if (handler) {
    handler(event.data);
  }
}

const DECIDED = {
  accept: 'Allowed',
  decline: 'Declined',
  timeout: 'Not answered in time: declined',
  'stream-closed': 'Declined: the stream ended',
};

/** An approval request: what the agent asks, with Allow and Decline buttons (one click each). */
function showApproval(request) {
  const box = el('div', 'approval');
  box.dataset.id = request.id;
  box.dataset.state = 'pending';
  const kind = request.kind === 'command' ? 'The agent asks to run a command' : 'The agent asks to change files';
  box.append(el('div', 'kind', kind));
  if (request.command) {
    box.append(el('pre', 'what', '$ ' + request.command));
  }
  if (request.grantRoot) {
    box.append(el('div', 'what', 'Write access to ' + request.grantRoot));
  }
  if (request.reason) {
    box.append(el('div', 'reason', request.reason));
  }
  const actions = el('div', 'actions');
  const allow = el('button', 'allow', 'Allow');
  const decline = el('button', 'decline secondary', 'Decline');
  allow.type = 'button';
  decline.type = 'button';
  allow.addEventListener('click', () => decide(box, 'accept'));
  decline.addEventListener('click', () => decide(box, 'decline'));
  actions.append(allow, decline);
  if (request.timeoutSeconds !== undefined && request.timeoutSeconds !== null) {
    actions.append(el('span', 'muted', 'declined if not answered within ' + request.timeoutSeconds + ' s'));
  }
  box.append(actions, el('div', 'outcome'));
  $('approvals').append(box);
}

async function decide(box, decision) {
  box.querySelectorAll('button').forEach((button) => { button.disabled = true; });
  try {
    const response = await fetch('/api/approvals/' + encodeURIComponent(box.dataset.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/problem+json' },
      body: JSON.stringify({ decision }),
    });
    if (!response.ok) {
      throw new Error(await problem(response));
    }
  } catch (error) {
    box.querySelector('.outcome').textContent = error.message;
  }
}

function approvalDecided(data) {
  const box = document.querySelector('#approvals .approval[data-id="' + CSS.escape(data.id) + '"]');
  if (box) {
    box.dataset.state = data.decision;
    box.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    box.querySelector('.outcome').textContent = DECIDED[data.decision] || data.decision;
  }
}

function messageSpan(itemId) {
  const answer = $('answer');
  const placeholder = answer.querySelector('.placeholder');
  if (placeholder) {
    placeholder.remove();
  }
  let span = answer.querySelector('span[data-item="' + CSS.escape(itemId) + '"]');
  if (!span) {
    if (answer.querySelector('span[data-item]')) {
      answer.append('\n\n');
    }
    span = el('span');
    span.dataset.item = itemId;
    answer.append(span);
  }
  return span;
}

/** Renders text with `inline code`, without ever interpreting it as HTML. */
function render(span, text) {
  span.replaceChildren();
  text.split('`').forEach((part, index) => span.append(index % 2 ? el('code', '', part) : document.createTextNode(part)));
}

function activityEntry(item) {
  const list = $('activity');
  const empty = list.querySelector('.empty');
  if (empty) {
    empty.remove();
  }
  let entry = list.querySelector('li[data-id="' + CSS.escape(item.id) + '"]');
  if (!entry) {
    entry = el('li');
    entry.dataset.id = item.id;
    entry.dataset.type = item.type;
    list.append(entry);
  }
  const head = el('div', 'head');
  const kind = item.type === 'commandExecution' ? 'command' : item.type === 'fileChange' ? 'file change' : item.type;
  const what = item.command || (item.files && item.files.join(', ')) || item.summary || item.text || item.id;
  const label = el('div');
  label.append(el('div', 'kind', kind), el('div', 'what', item.type === 'commandExecution' ? '$ ' + what : what));
  head.append(label);
  if (item.status) {
    const exit = item.exitCode !== undefined && item.exitCode !== null ? ' · exit ' + item.exitCode : '';
    head.append(el('span', 'pill ' + item.status, item.status + exit));
  }
  const previous = entry.querySelector('pre');
  entry.replaceChildren(head);
  if (item.output) {
    outputBlock(entry).textContent = item.output;
  } else if (previous) {
    entry.append(previous);
  }
}

function outputBlock(entry) {
  let pre = entry.querySelector('pre');
  if (!pre) {
    pre = el('pre');
    entry.append(pre);
  }
  return pre;
}

function showResult(result) {
  const answer = $('answer');
  if (result.finalResponse && !answer.querySelector('span[data-item]')) {
    render(messageSpan('final'), result.finalResponse);
  }
  const usage = $('usage');
  usage.replaceChildren();
  const parts = [];
  if (result.usage) {
    const u = result.usage;
    usage.append(el('strong', '', 'Tokens: '), fmt(u.inputTokens) + ' in (' + fmt(u.cachedInputTokens) + ' cached) · '
        + fmt(u.outputTokens) + ' out (' + fmt(u.reasoningOutputTokens) + ' reasoning) · ',
        el('strong', '', fmt(u.totalTokens) + ' total'));
    if (u.threadTotal) {
      parts.push('thread ' + fmt(u.threadTotal.totalTokens));
    }
  } else {
    usage.append(el('strong', '', 'Tokens: '), 'not reported');
  }
  parts.push(String(result.status).toLowerCase());
  if (result.durationMs !== null && result.durationMs !== undefined) {
    parts.push((result.durationMs / 1000).toFixed(1) + ' s');
  }
  parts.push(answer.dataset.deltas + ' deltas streamed');
  usage.append(' · ' + parts.join(' · '));
  if (result.error) {
    showError(new Error(result.error.message));
  }
}

function resetTurn() {
  const answer = $('answer');
  answer.replaceChildren();
  answer.dataset.deltas = '0';
  answer.dataset.state = 'waiting';
  $('usage').replaceChildren();
  $('trace').replaceChildren();
  $('error').hidden = true;
  $('activity').replaceChildren(el('li', 'empty', 'None in this turn yet.'));
  $('approvals').replaceChildren();
}

/** Links the turn's trace: its spans (HTTP request, turn, JSON-RPC requests) are listed once the turn ended. */
function showTrace(traceId) {
  const trace = $('trace');
  trace.replaceChildren();
  if (traceId) {
    const link = el('a', '', traceId);
    link.href = '/api/traces/' + encodeURIComponent(traceId);
    link.target = '_blank';
    trace.append(el('strong', '', 'Trace: '), link, ' (spans of this turn, in memory)');
  }
}

function setBusy(busy) {
  state.busy = busy;
  $('send').disabled = busy;
  $('new-thread').disabled = busy;
  $('send').textContent = busy ? 'Running…' : 'Send';
}

function showError(error) {
  const box = $('error');
  box.textContent = error.message || String(error);
  box.hidden = false;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(await problem(response));
  }
  return response.json();
}

async function problem(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || response.statusText;
  } catch (error) {
    return response.status + ' ' + response.statusText;
  }
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function fmt(n) {
  return Number(n || 0).toLocaleString('en-US');
}

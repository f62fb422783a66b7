-- Drives Neovim's built-in LSP client (0.7+) against `mlobs server --stdio`, headless: opens the file, waits
-- for the server's diagnostics, asks for the Source fix-all and for the quick fixes of the MLO001 diagnostic,
-- applies the preferred one with Neovim's own workspace-edit code, waits for the re-analysis, writes the
-- buffer and records everything as JSON for the Node side to check.
-- Paths come from the environment: MLOBS_NODE, MLOBS_CLI, MLOBS_ROOT, MLOBS_FILE, MLOBS_OUT.
local out = {}
local env = function(name) return (assert(os.getenv(name), name .. ' is not set')) end

local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity,
      message = d.message, source = d.source, code = d.code or lsp.code, data = lsp.data })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

-- The diagnostic as the protocol has it, for the code action request's context.
local function to_lsp(d)
  return { range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    message = d.message, severity = d.severity, code = d.code, source = d.source, data = d.data }
end

local function code_actions(bufnr, client, range, context)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = range, context = context }
  local response = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 20000) or {}
  return (response[client] or {}).result or {}
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env('MLOBS_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({ name = 'mlobs', cmd = { env('MLOBS_NODE'), env('MLOBS_CLI'), 'server', '--stdio' }, root_dir = env('MLOBS_ROOT') })
  assert(client, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client)
  assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics from the server')
  out.before = diagnostics(bufnr)
  out.server = vim.lsp.get_client_by_id(client).server_capabilities ~= nil

  -- the Source Action menu's fix-all, as `vim.lsp.buf.code_action({ context = { only = { 'source.fixAll' } } })` asks for it
  local all = code_actions(bufnr, client, { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    { diagnostics = {}, only = { 'source.fixAll.mlobs' }, triggerKind = 1 })
  out.fixAll = {}
  for _, a in ipairs(all) do table.insert(out.fixAll, { title = a.title, kind = a.kind }) end

  local target
  for _, d in ipairs(out.before) do if d.code == 'MLO001' then target = d end end
  assert(target, 'no MLO001 diagnostic')
  local lsp = to_lsp(target)
  local actions = code_actions(bufnr, client, lsp.range, { diagnostics = { lsp }, only = { 'quickfix' } })
  out.quickfixes = {}
  local chosen
  for _, a in ipairs(actions) do
    table.insert(out.quickfixes, a.title)
    if a.isPreferred and not chosen then chosen = a end
  end
  assert(chosen, 'no preferred quick fix')
  out.applied = chosen.title
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  assert(vim.api.nvim_buf_get_changedtick(bufnr) > tick, 'the quick fix changed nothing')
  -- the edit is sent to the server as didChange; its new diagnostics replace the old ones
  local before = vim.fn.json_encode(out.before)
  assert(vim.wait(30000, function() return vim.fn.json_encode(diagnostics(bufnr)) ~= before end, 50), 'no new diagnostics after the fix')
  out.after = diagnostics(bufnr)

  vim.cmd('write')
  vim.lsp.stop_client(client)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 50)
end)
out.ok = ok
out.error = ok and vim.NIL or tostring(err)
vim.fn.writefile({ vim.fn.json_encode(out) }, env('MLOBS_OUT'))
vim.cmd(ok and 'qa!' or 'cq!')

-- Driven by neovim.test.ts after the README's configuration is loaded: opens each draft named in
-- GONGWEN_NVIM_FILES (one path a line), waits for the server's diagnostics, writes what Neovim
-- holds to GONGWEN_NVIM_OUT as JSON, and quits, whatever happens.
local result = { nvim = vim.version and tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) or '?', files = {} }

local function lsp_clients(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local names = {}
  for _, client in pairs(get({ bufnr = bufnr })) do
    table.insert(names, client.name)
  end
  return names
end

local function placeholders(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(found, { lnum = d.lnum, col = d.col, code = code, source = d.source, message = d.message, severity = d.severity })
  end
  return found
end

local ok, err = pcall(function()
  local timeout = tonumber(os.getenv('GONGWEN_NVIM_WAIT_MS')) or 10000
  for file in string.gmatch(os.getenv('GONGWEN_NVIM_FILES'), '[^\n]+') do
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local bufnr = vim.api.nvim_get_current_buf()
    local arrived = vim.wait(timeout, function()
      for _, d in ipairs(placeholders(bufnr)) do
        if d.code == 'placeholder.unfilled' then return true end
      end
      return false
    end, 50)
    table.insert(result.files, {
      file = file,
      filetype = vim.bo[bufnr].filetype,
      clients = lsp_clients(bufnr),
      arrived = arrived,
      diagnostics = placeholders(bufnr),
    })
  end
end)
if not ok then result.error = tostring(err) end

local out = assert(io.open(os.getenv('GONGWEN_NVIM_OUT'), 'w'))
out:write(vim.fn.json_encode(result))
out:close()
vim.cmd('qall!')

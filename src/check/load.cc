#include "check/load.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/utf8.hpp"
#include "syntax/parse.hpp"

namespace thidua::internal {
namespace fs = std::filesystem;
namespace {

// True when `path` (normalised, absolute) is `root` or lies below it.
bool Inside(const fs::path& path, const fs::path& root) {
  auto [r, p] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return r == root.end();
}

fs::path Normal(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p, ec);
  if (ec) abs = p;
  fs::path canonical = fs::weakly_canonical(abs, ec);  // resolves symlinks
  return (ec ? abs : canonical).lexically_normal();
}

class Loader {
 public:
  Loader(const CompileOptions& options, SourceSet& sources,
         DiagnosticSink& sink, ast::File* module)
      : options_(options), sources_(sources), sink_(sink), module_(module) {}

  void Run(const LoadInput& input) {
    fs::path main = Normal(input.path.empty() ? "input.td" : input.path);
    root_ = options_.rules_root.empty() ? main.parent_path()
                                        : Normal(options_.rules_root);
    std::string text;
    if (input.text) {
      text = *input.text;
    } else if (!Read(main, &text)) {
      sink_.ErrorAt(input.path, Msg::kCannotRead,
                    {input.path, std::strerror(errno)});
      return;
    }
    seen_.insert(main.string());
    AddAndParse(input.path, main, std::move(text));
  }

 private:
  static bool Read(const fs::path& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buf;
    buf << in.rdbuf();
    *out = std::move(buf).str();
    return !in.bad();
  }

  void AddAndParse(const std::string& shown, const fs::path& path,
                   std::string text) {
    if (text.size() > options_.max_file_bytes) {
      uint32_t id = sources_.Add(shown, "");
      Hint hint{Msg::kHintSplitFile, {}};
      sink_.Error({id, 0, 0}, Msg::kFileTooLarge,
                  {std::to_string(text.size()),
                   std::to_string(options_.max_file_bytes)},
                  &hint);
      return;
    }
    std::string_view body = StripBom(text);
    if (auto bad = FindInvalidUtf8(body)) {
      uint32_t id = sources_.Add(shown, std::string(body));
      Hint hint{Msg::kHintCheckEncoding, {}};
      sink_.Error({id, static_cast<uint32_t>(*bad),
                   static_cast<uint32_t>(*bad) + 1},
                  Msg::kInvalidUtf8, {}, &hint);
      return;
    }
    uint32_t id = sources_.Add(shown, NormalizeNfc(body));
    size_t first_import = module_->imports.size();
    ParseOptions parse_options;
    parse_options.max_nesting_depth = options_.max_nesting_depth;
    parse_options.max_expression_height = options_.max_expression_height;
    ParseFile(sources_, id, parse_options, sink_, module_);
    // Imports of this file, relative to its folder.
    size_t last_import = module_->imports.size();
    for (size_t i = first_import; i < last_import && !sink_.full(); ++i) {
      ast::ImportDecl imp = module_->imports[i];
      FollowImport(imp, path.parent_path(), shown);
    }
  }

  void FollowImport(const ast::ImportDecl& imp, const fs::path& dir,
                    const std::string& shown_parent) {
    fs::path rel(imp.path);
    fs::path target = Normal(dir / rel);
    Hint inside{Msg::kHintImportInside, {}};
    if (rel.is_absolute() || !Inside(target, root_)) {
      sink_.Error(imp.span, Msg::kImportOutsideRoot,
                  {imp.path, root_.string()}, &inside);
      return;
    }
    if (!seen_.insert(target.string()).second) return;  // read once
    if (static_cast<int>(seen_.size()) > options_.max_files) {
      sink_.Error(imp.span, Msg::kTooManyFiles,
                  {std::to_string(options_.max_files)});
      return;
    }
    std::string text;
    std::error_code ec;
    if (!fs::is_regular_file(target, ec) || !Read(target, &text)) {
      sink_.Error(imp.span, Msg::kImportNotFound, {imp.path});
      return;
    }
    fs::path shown = fs::path(shown_parent).parent_path() / rel;
    AddAndParse(shown.lexically_normal().string(), target, std::move(text));
  }

  const CompileOptions& options_;
  SourceSet& sources_;
  DiagnosticSink& sink_;
  ast::File* module_;
  fs::path root_;
  std::set<std::string> seen_;
};

}  // namespace

void LoadModule(const LoadInput& input, const CompileOptions& options,
                SourceSet& sources, DiagnosticSink& sink, ast::File* module) {
  Loader(options, sources, sink, module).Run(input);
}

}  // namespace thidua::internal

// The C API for units: from JSON, or built field by field from typed values.
#include "capi/handles.hpp"

using thidua::capi::Guard;
using thidua::capi::RulesCore;
using thidua::capi::Sink;
using thidua::capi::View;

namespace {

// Wraps a built unit in a handle that keeps its rules alive.
td_unit* NewUnitHandle(std::shared_ptr<const RulesCore> core, thidua::Unit unit) {
  std::string id(unit.id());
  auto handle = std::make_unique<td_unit>(td_unit{std::move(core), std::move(unit), std::move(id)});
  thidua::capi::Track(handle.get(), thidua::capi::HandleKind::kUnit);
  return handle.release();
}

}  // namespace

extern "C" {

int td_unit_from_json(const td_ruleset* rules, const char* json, size_t len,
                      td_unit** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  std::string_view text;
  if (out == nullptr || !View(json, len, &text)) {
    return sink.Fail(TD_E_MISUSE, "td_unit_from_json: json or out is NULL");
  }
  *out = nullptr;
  const std::shared_ptr<const RulesCore>& core = rules->core;
  if (!core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  return Guard(sink, [&]() -> int {
    absl::StatusOr<thidua::Unit> unit = core->rules->UnitFromJson(text, core->language);
    if (!unit.ok()) return sink.FailStatus(unit.status(), TD_E_DATA);
    *out = NewUnitHandle(core, std::move(*unit));
    return sink.Ok();
  });
}

void td_unit_free(td_unit* unit) {
  if (thidua::capi::Untrack(unit, thidua::capi::HandleKind::kUnit)) delete unit;
}

const char* td_unit_id(const td_unit* unit) {
  return unit == nullptr ? nullptr : unit->id.c_str();
}

const char* td_unit_kind(const td_unit* unit) {
  if (unit == nullptr) return nullptr;
  int k = unit->unit.kind_index();
  const auto& kinds = unit->core->kinds;
  return k >= 0 && static_cast<size_t>(k) < kinds.size()
             ? kinds[static_cast<size_t>(k)].c_str()
             : nullptr;
}

int td_unit_builder_new(const td_ruleset* rules, const char* kind,
                        size_t kind_len, td_unit_builder** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  std::string_view k;
  if (out == nullptr || !View(kind, kind_len, &k)) {
    return sink.Fail(TD_E_MISUSE, "td_unit_builder_new: kind or out is NULL");
  }
  *out = nullptr;
  const std::shared_ptr<const RulesCore>& core = rules->core;
  if (!core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  return Guard(sink, [&]() -> int {
    absl::StatusOr<thidua::UnitBuilder> b = core->rules->NewUnit(k, core->language);
    // NewUnit says InvalidArgument for an unknown kind: to C it is NOT_FOUND.
    if (!b.ok()) {
      return sink.FailStatus(absl::NotFoundError(b.status().message()));
    }
    auto handle = std::make_unique<td_unit_builder>(
        td_unit_builder{core, std::string(k), std::move(*b), {}});
    thidua::capi::Track(handle.get(), thidua::capi::HandleKind::kBuilder);
    *out = handle.release();
    return sink.Ok();
  });
}

void td_unit_builder_free(td_unit_builder* builder) {
  if (thidua::capi::Untrack(builder, thidua::capi::HandleKind::kBuilder)) delete builder;
}

int td_unit_builder_errcode(const td_unit_builder* builder) {
  return builder == nullptr ? TD_E_MISUSE : builder->error.code;
}

const char* td_unit_builder_errmsg(const td_unit_builder* builder) {
  if (builder == nullptr) return td_errstr(TD_E_MISUSE);
  return builder->error.message.empty() ? td_errstr(builder->error.code)
                                        : builder->error.message.c_str();
}

}  // extern "C"

namespace {

// The shared part of the four setters: check the arguments, call `set` on
// the C++ builder, map its status.
template <typename Set>
int SetField(td_unit_builder* builder, const char* field, size_t field_len,
             Set&& set) noexcept {
  if (builder == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&builder->error);
  std::string_view name;
  if (!View(field, field_len, &name) || name.empty()) {
    return sink.Fail(TD_E_MISUSE, "the field name is NULL or empty");
  }
  return Guard(sink, [&]() -> int { return sink.FailStatus(set(*builder->builder, name)); });
}

}  // namespace

extern "C" {

int td_unit_builder_set_text(td_unit_builder* builder, const char* field,
                             size_t field_len, const char* text,
                             size_t text_len) {
  std::string_view value;
  if (!View(text, text_len, &value)) {
    return builder == nullptr ? TD_E_MISUSE
                              : Sink::Local(&builder->error).Fail(TD_E_MISUSE, "text is NULL");
  }
  return SetField(builder, field, field_len, [&](thidua::UnitBuilder& b, std::string_view f) {
    return b.Set(f, value);
  });
}

int td_unit_builder_set_bool(td_unit_builder* builder, const char* field,
                             size_t field_len, int value) {
  return SetField(builder, field, field_len, [&](thidua::UnitBuilder& b, std::string_view f) {
    return b.SetBool(f, value != 0);
  });
}

int td_unit_builder_set_int64(td_unit_builder* builder, const char* field,
                              size_t field_len, int64_t value) {
  return SetField(builder, field, field_len, [&](thidua::UnitBuilder& b, std::string_view f) {
    return b.SetInt(f, value);
  });
}

int td_unit_builder_set_money(td_unit_builder* builder, const char* field,
                              size_t field_len, int64_t dong) {
  return SetField(builder, field, field_len, [&](thidua::UnitBuilder& b, std::string_view f) {
    return b.SetMoney(f, dong);
  });
}

int td_unit_builder_build(td_unit_builder* builder, td_unit** out) {
  if (builder == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&builder->error);
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "out is NULL");
  *out = nullptr;
  return Guard(sink, [&]() -> int {
    // UnitBuilder::Build checks before it gives the data away, so a failed
    // build leaves the values set so far in place.
    absl::StatusOr<thidua::Unit> unit = builder->builder->Build();
    if (!unit.ok()) return sink.FailStatus(unit.status(), TD_E_DATA);
    td_unit* handle = NewUnitHandle(builder->core, std::move(*unit));
    // The C++ builder is single-use; start the next unit of the same kind.
    absl::StatusOr<thidua::UnitBuilder> next = builder->core->rules->NewUnit(builder->kind,
                                                                          builder->core->language);
    if (!next.ok()) {
      td_unit_free(handle);
      return sink.FailStatus(next.status(), TD_E_INTERNAL);
    }
    builder->builder.emplace(std::move(*next));
    *out = handle;
    return sink.Ok();
  });
}

}  // extern "C"

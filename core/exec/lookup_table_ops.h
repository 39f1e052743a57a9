#pragma once
// Hash tables as session resources: HashTableV2 / MutableHashTableV2 /
// MutableHashTableOfTensorsV2 create a handle, LookupTableImportV2 and
// InitializeTableV2 fill it, LookupTableFindV2 / LookupTableSizeV2 read it.
// Contents live in the session's VariableTable (sorted keys + value rows), so
// they persist across runs like variables.

#include <string>

#include "core/exec/executor.h"

namespace tfs::exec {

/// Engine handler for a table op, or nullptr when `op` is not one (see engine_ops.cpp).
EngineOpFn findLookupTableOp(const std::string& op);

}  // namespace tfs::exec

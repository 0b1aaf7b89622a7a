"""AMD's code-object library (``libamd_comgr``, what the HIP runtime loads
code objects with) through ctypes, for the HIP tests: the ISA name, the
kernel metadata and a disassembly of a code object.

ROCm 5.2's comgr (Debian 12) reads code object version 4; version 5 needs a
comgr of ROCm 6, so the tests hand it version-4 objects."""

import ctypes
import ctypes.util

_KIND_SOURCE = 0x1
_KIND_EXECUTABLE = 0x8
_ACTION_DISASSEMBLE = 0xC
_META_STRING, _META_MAP, _META_LIST = 0x1, 0x2, 0x3


class _Handle(ctypes.Structure):
    _fields_ = [("handle", ctypes.c_uint64)]


def load():
    """The library, or None when it is not installed."""
    for name in ("libamd_comgr.so.2", "libamd_comgr.so.3", ctypes.util.find_library("amd_comgr")):
        if not name:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


class CodeObject:
    """One code object handed to comgr."""

    def __init__(self, lib, code):
        self.lib = lib
        self.data = _Handle()
        self._check(lib.amd_comgr_create_data(_KIND_EXECUTABLE, ctypes.byref(self.data)), "create_data")
        self._keep = ctypes.create_string_buffer(bytes(code), len(code))
        self._check(lib.amd_comgr_set_data(self.data, ctypes.c_size_t(len(code)), self._keep), "set_data")

    def _check(self, status, what):
        if status != 0:
            raise RuntimeError(f"amd_comgr_{what} failed with status {status}")

    def isa_name(self):
        size = ctypes.c_size_t(0)
        self._check(self.lib.amd_comgr_get_data_isa_name(self.data, ctypes.byref(size), None), "get_data_isa_name")
        buf = ctypes.create_string_buffer(size.value)
        self._check(self.lib.amd_comgr_get_data_isa_name(self.data, ctypes.byref(size), buf), "get_data_isa_name")
        return buf.value.decode()

    def metadata(self):
        """The metadata as Python dicts, lists and strings."""
        root = _Handle()
        self._check(self.lib.amd_comgr_get_data_metadata(self.data, ctypes.byref(root)), "get_data_metadata")
        return self._node(root)

    def _node(self, node):
        lib = self.lib
        kind = ctypes.c_int(0)
        self._check(lib.amd_comgr_get_metadata_kind(node, ctypes.byref(kind)), "get_metadata_kind")
        if kind.value == _META_STRING:
            size = ctypes.c_size_t(0)
            self._check(lib.amd_comgr_get_metadata_string(node, ctypes.byref(size), None), "get_metadata_string")
            buf = ctypes.create_string_buffer(size.value)
            self._check(lib.amd_comgr_get_metadata_string(node, ctypes.byref(size), buf), "get_metadata_string")
            return buf.value.decode()
        if kind.value == _META_LIST:
            n = ctypes.c_size_t(0)
            self._check(lib.amd_comgr_get_metadata_list_size(node, ctypes.byref(n)), "get_metadata_list_size")
            items = []
            for i in range(n.value):
                item = _Handle()
                self._check(lib.amd_comgr_index_list_metadata(node, ctypes.c_size_t(i), ctypes.byref(item)),
                            "index_list_metadata")
                items.append(self._node(item))
            return items
        if kind.value == _META_MAP:
            out = {}
            callback_type = ctypes.CFUNCTYPE(ctypes.c_int, _Handle, _Handle, ctypes.c_void_p)

            def visit(key, value, _):
                out[self._node(key)] = self._node(value)
                return 0
            self._check(lib.amd_comgr_iterate_map_metadata(node, callback_type(visit), None), "iterate_map_metadata")
            return out
        return None

    def disassemble(self):
        lib = self.lib
        inputs, outputs, info = _Handle(), _Handle(), _Handle()
        self._check(lib.amd_comgr_create_data_set(ctypes.byref(inputs)), "create_data_set")
        self._check(lib.amd_comgr_create_data_set(ctypes.byref(outputs)), "create_data_set")
        lib.amd_comgr_set_data_name(self.data, b"kernel.hsaco")
        self._check(lib.amd_comgr_data_set_add(inputs, self.data), "data_set_add")
        self._check(lib.amd_comgr_create_action_info(ctypes.byref(info)), "create_action_info")
        self._check(lib.amd_comgr_action_info_set_isa_name(info, self.isa_name().encode()), "set_isa_name")
        self._check(lib.amd_comgr_do_action(_ACTION_DISASSEMBLE, info, inputs, outputs), "do_action(disassemble)")
        text = _Handle()
        self._check(lib.amd_comgr_action_data_get_data(outputs, _KIND_SOURCE, ctypes.c_size_t(0), ctypes.byref(text)),
                    "action_data_get_data")
        size = ctypes.c_size_t(0)
        self._check(lib.amd_comgr_get_data(text, ctypes.byref(size), None), "get_data")
        buf = ctypes.create_string_buffer(size.value)
        self._check(lib.amd_comgr_get_data(text, ctypes.byref(size), buf), "get_data")
        return buf.raw[:size.value].decode(errors="replace")

//! The methods penna knows by name on builtin values (lists, dicts, sets,
//! complex numbers) and the `heapq` functions lowered as methods of their
//! list: one row each (name, whether it changes its receiver). Typed in
//! [`crate::typing::containers`]; strings' methods are [`crate::strings`]
//! rows and jitclass methods are the class's own.

macro_rules! methods {
    ($($variant:ident $name:literal $mutates:literal,)*) => {
        /// Methods of values other than arrays (`z.conjugate()`, `l.append(x)`),
        /// typed by their receiver (numbers in [`crate::typing::builtins`],
        /// containers in [`crate::typing::containers`]). The last column says
        /// whether the method changes its receiver.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Method {
            $($variant,)*
        }

        impl Method {
            pub const ALL: &'static [Method] = &[$(Method::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Method::$variant => $name,)*
                }
            }

            /// Whether the method changes its receiver (a container).
            pub fn mutates(self) -> bool {
                match self {
                    $(Method::$variant => $mutates,)*
                }
            }
        }
    };
}

methods! {
    Conjugate "conjugate" false,
    // lists (and some of sets and dicts)
    Append "append" true,
    Extend "extend" true,
    Insert "insert" true,
    Pop "pop" true,
    Remove "remove" true,
    Clear "clear" true,
    Reverse "reverse" true,
    Sort "sort" true,
    Index "index" false,
    Count "count" false,
    Copy "copy" false,
    // dicts
    Get "get" false,
    Setdefault "setdefault" true,
    Keys "keys" false,
    Values "values" false,
    Items "items" false,
    Update "update" true,
    Popitem "popitem" true,
    // sets
    Add "add" true,
    Discard "discard" true,
    Union "union" false,
    Intersection "intersection" false,
    Difference "difference" false,
    SymmetricDifference "symmetric_difference" false,
    IntersectionUpdate "intersection_update" true,
    DifferenceUpdate "difference_update" true,
    SymmetricDifferenceUpdate "symmetric_difference_update" true,
    Issubset "issubset" false,
    Issuperset "issuperset" false,
    Isdisjoint "isdisjoint" false,
    // `heapq` functions on a list, which the lowering makes the receiver
    // (`heapq.heappush(h, x)` is a call of `HeapPush` on `h`); their names
    // cannot be written as attributes.
    Heapify "heapq.heapify" true,
    HeapPush "heapq.heappush" true,
    HeapPop "heapq.heappop" true,
    HeapReplace "heapq.heapreplace" true,
    HeapPushPop "heapq.heappushpop" true,
    NSmallest "heapq.nsmallest" false,
    NLargest "heapq.nlargest" false,
}

impl Method {
    pub fn from_name(name: &str) -> Option<Method> {
        if name == "conj" {
            return Some(Method::Conjugate);
        }
        Method::ALL.iter().copied().find(|m| m.name() == name)
    }
}

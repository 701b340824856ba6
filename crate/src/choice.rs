//! Enums whose values are a closed list: each is declared once, with per value its code (what the
//! form sends and the JSON holds), its Chinese word and its English word.
//!
//! That one list serves parsing ([`Choice::from_code`]), the code string ([`Choice::code`]), the
//! words in reasons ([`crate::messages::value`]), the page's options and the property-test
//! generators ([`Choice::ALL`]). Before, each of those kept its own copy of the list, and a value
//! added to one could be missing from another without any test noticing.

/// A closed list of values, each with a code and words.
///
/// The lists are parallel tables indexed by the value's position, and the provided methods are
/// the only code: one small lookup per enum instead of one `match` per enum and method, and no
/// iterator chain monomorphised per enum (which, in the page's wasm, cost kilobytes).
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the order the form offers them.
    const ALL: &'static [Self];
    /// The codes, in the order of [`Choice::ALL`].
    const CODES: &'static [&'static str];
    /// The Chinese words, in the order of [`Choice::ALL`].
    const ZH: &'static [&'static str];
    /// The English words, in the order of [`Choice::ALL`].
    const EN: &'static [&'static str];
    /// The value's position in [`Choice::ALL`].
    fn index(self) -> usize;
    /// The code: lower-case snake_case, what the JSON holds.
    fn code(self) -> &'static str {
        entry(Self::CODES, self.index())
    }
    /// The Chinese word.
    fn zh(self) -> &'static str {
        entry(Self::ZH, self.index())
    }
    /// The English word.
    fn en(self) -> &'static str {
        entry(Self::EN, self.index())
    }
    /// The value with this code (exact match; the caller trims).
    fn from_code(code: &str) -> Option<Self> {
        position(Self::CODES, code).and_then(|i| Self::ALL.get(i).copied())
    }
}

/// Entry `i` of a table (always present: the macro builds the tables from one list).
fn entry(table: &'static [&'static str], i: usize) -> &'static str {
    table.get(i).copied().unwrap_or("")
}

/// Position of `code` in `codes`.
fn position(codes: &[&str], code: &str) -> Option<usize> {
    codes.iter().position(|c| *c == code)
}

/// Declares a [`Choice`] enum: `Variant = ("code", "中文", "English")`, one line per value.
///
/// Serialises as its code. The `Serialize` impl is written out (not derived) so the page's wasm
/// carries one `serialize_str` per enum instead of a variant table.
#[macro_export]
macro_rules! choices {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = ($code:literal, $zh:literal, $en:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order the form offers them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code (what the JSON holds).
            pub fn code(self) -> &'static str {
                <Self as $crate::choice::Choice>::code(self)
            }

            /// The value with this code.
            pub fn from_code(code: &str) -> Option<Self> {
                <Self as $crate::choice::Choice>::from_code(code)
            }

            /// The Chinese word.
            pub fn zh(self) -> &'static str {
                <Self as $crate::choice::Choice>::zh(self)
            }

            /// The English word.
            pub fn en(self) -> &'static str {
                <Self as $crate::choice::Choice>::en(self)
            }
        }

        impl $crate::choice::Choice for $name {
            const ALL: &'static [Self] = $name::ALL;
            const CODES: &'static [&'static str] = &[$($code),+];
            const ZH: &'static [&'static str] = &[$($zh),+];
            const EN: &'static [&'static str] = &[$($en),+];
            fn index(self) -> usize {
                self as usize
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::Choice;
    use crate::clerk::deadline::CaseKind;
    use crate::situation::*;

    /// Every code of `T` is unique, snake_case, reads back to its value, and has words in both
    /// languages: a value added without one of these fails here.
    fn well_formed<T: Choice + std::fmt::Debug>() {
        for (i, v) in T::ALL.iter().enumerate() {
            let code = v.code();
            assert!(
                !code.is_empty()
                    && code
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{code}"
            );
            assert_eq!(T::from_code(code), Some(*v));
            assert_eq!(v.index(), i);
            assert!(!v.zh().is_empty() && !v.en().is_empty(), "{v:?}");
            assert!(
                T::ALL[..i].iter().all(|w| w.code() != code),
                "duplicate {code}"
            );
        }
        assert_eq!(T::from_code("no_such_value"), None);
    }

    #[test]
    fn every_choice_list_is_well_formed() {
        well_formed::<Channel>();
        well_formed::<DisabilityKind>();
        well_formed::<Study>();
        well_formed::<Orphan>();
        well_formed::<IncomeKind>();
        well_formed::<Tri>();
        well_formed::<Supporters>();
        well_formed::<IncapacityReason>();
        well_formed::<StatusKind>();
        well_formed::<EmergencyKind>();
        well_formed::<ExpenditureKind>();
        well_formed::<CaseKind>();
    }

    /// The code is what serde writes, so the JSON and the form agree.
    #[test]
    fn serialises_as_its_code() {
        assert_eq!(
            serde_json::to_string(&IncomeKind::HighAgeAllowance).ok(),
            Some("\"high_age_allowance\"".to_string())
        );
        assert_eq!(
            serde_json::to_string(&CaseKind::Linshi).ok(),
            Some("\"linshi\"".to_string())
        );
    }
}

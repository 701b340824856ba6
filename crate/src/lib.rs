//! jiuzhu (救助): the rule engine for the district's social-assistance implementation plan.
//!
//! The engine is pure: no I/O, no clock, no web. Today's date is an input. Every module below
//! is named after the part of the plan it implements; see ARCHITECTURE.md for the map.

pub mod calendar;
pub mod citation;
pub mod clerk;

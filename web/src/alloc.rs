//! The page's memory allocator (wasm only): free lists by power-of-two size class.
//!
//! Why not the standard one: Rust's default wasm allocator (dlmalloc) costs the first load about
//! 3.3 KB gzip, and this page does not need what it offers. The page is single-threaded, its
//! blocks are small and short-lived (one result rendered at a time), and a wasm memory can only
//! grow, never shrink, whichever allocator is used. This one is about a tenth of the size.
//!
//! How: a request is rounded up to a power of two (at least 8 bytes and at least its alignment)
//! and served from that class's free list, else carved from the end of the memory, which grows
//! when needed. A freed block goes back to its class's list, the link kept in its first word.
//! A block is aligned to its own size (up to one 64 KiB page), so every alignment up to its size
//! holds. The cost is up to half a block wasted to rounding, and memory freed in one class is
//! only reused by that class; a page that renders one result at a time reaches a steady state.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

const PAGE: usize = 65536;
/// Grow the memory by at least this many pages at once (1 MiB), so that growing is rare.
const MIN_GROW: usize = 16;

struct State {
    /// Head of the free list of each class (block size `1 << class`); 0 when empty.
    free: [usize; usize::BITS as usize],
    /// The unused memory at the end: `next..end`.
    next: usize,
    end: usize,
}

pub(crate) struct Allocator(UnsafeCell<State>);

// SAFETY: the page's wasm is built without threads (no `atomics` target feature), so there is
// only ever one thread, and no call into the allocator can interleave with another.
unsafe impl Sync for Allocator {}

impl Allocator {
    pub(crate) const fn new() -> Self {
        Allocator(UnsafeCell::new(State {
            free: [0; usize::BITS as usize],
            next: 0,
            end: 0,
        }))
    }
}

/// The size class of `layout`: the power of two its blocks have, as an exponent.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(8);
    size.checked_next_power_of_two()
        .map(|s| s.trailing_zeros() as usize)
}

/// Rounds `x` up to a multiple of `align` (a power of two); `None` on overflow.
fn align_up(x: usize, align: usize) -> Option<usize> {
    Some(x.checked_add(align - 1)? & !(align - 1))
}

impl State {
    /// A fresh block of `size` bytes (a power of two) from the end of the memory, aligned to
    /// `size` up to a page; the memory grows when the end has too little room.
    fn carve(&mut self, size: usize) -> Option<usize> {
        let align = size.min(PAGE);
        let mut start = align_up(self.next, align)?;
        if start.checked_add(size)? > self.end {
            let pages = (size.checked_add(align)? / PAGE + 1).max(MIN_GROW);
            let old = core::arch::wasm32::memory_grow(0, pages);
            if old == usize::MAX {
                return None;
            }
            let base = old.checked_mul(PAGE)?;
            // Memory is ours only from the start of what was just added, unless that continues
            // our own end exactly (nobody else grows the memory, so it normally does).
            if base != self.end {
                self.next = base;
            }
            self.end = base.checked_add(pages.checked_mul(PAGE)?)?;
            start = align_up(self.next, align)?;
            if start.checked_add(size)? > self.end {
                return None;
            }
        }
        self.next = start + size;
        Some(start)
    }
}

unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(k) = class(layout) else {
            return null_mut();
        };
        // SAFETY: one thread, and this borrow ends before any other call into the allocator.
        let state = &mut *self.0.get();
        let Some(head) = state.free.get_mut(k) else {
            return null_mut();
        };
        if *head != 0 {
            let block = *head;
            // SAFETY: a free block of this class holds the address of the next one in its first
            // word, written by `dealloc`; blocks are at least 8 bytes and 8-aligned.
            *head = *(block as *const usize);
            return block as *mut u8;
        }
        state.carve(1 << k).map_or(null_mut(), |b| b as *mut u8)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(k) = class(layout) else { return };
        // SAFETY: as in `alloc`.
        let state = &mut *self.0.get();
        if let Some(head) = state.free.get_mut(k) {
            // SAFETY: `ptr` is a block of class `k` that the caller gives back, so its first
            // word is ours to keep the list's link in.
            *(ptr as *mut usize) = *head;
            *head = ptr as usize;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        // A block that still fits its class stays where it is (a growing string often does).
        if class(layout) == class(new) {
            return ptr;
        }
        let out = self.alloc(new);
        if !out.is_null() {
            // SAFETY: both blocks are valid for the smaller of the two sizes and do not overlap.
            std::ptr::copy_nonoverlapping(ptr, out, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).expect("a valid layout")
    }

    #[wasm_bindgen_test]
    fn classes_are_the_next_power_of_two_of_size_and_alignment() {
        // 1 byte → the 8-byte minimum (2^3); 9 → 16 (2^4); 16 → 16; 20 bytes aligned to 64 → 64.
        assert_eq!(class(layout(1, 1)), Some(3));
        assert_eq!(class(layout(9, 1)), Some(4));
        assert_eq!(class(layout(16, 8)), Some(4));
        assert_eq!(class(layout(20, 64)), Some(6));
    }

    #[wasm_bindgen_test]
    fn blocks_are_aligned_distinct_and_reused_after_free() {
        let a = Allocator::new();
        unsafe {
            let l = layout(24, 8);
            let p = a.alloc(l);
            let q = a.alloc(l);
            assert!(!p.is_null() && !q.is_null());
            // 24 bytes → 32-byte blocks, aligned to 32 and not overlapping.
            assert_eq!(p as usize % 32, 0);
            assert!((p as usize).abs_diff(q as usize) >= 32);
            // Writing one block leaves the other alone.
            q.write_bytes(0xCD, 24);
            p.write_bytes(0xAB, 24);
            assert_eq!(std::slice::from_raw_parts(q, 24), &[0xCD; 24]);
            a.dealloc(p, l);
            // The freed block is the next one of its class handed out.
            assert_eq!(a.alloc(l), p);
            // A large block (100 KB → 128 KiB) is page-aligned and writable to its end.
            let big = layout(100_000, 8);
            let r = a.alloc(big);
            assert!(!r.is_null());
            assert_eq!(r as usize % PAGE, 0);
            r.add(99_999).write(7);
            // Growing within the class keeps the block; past it moves and keeps the bytes.
            let s = a.alloc(layout(10, 1));
            s.write_bytes(5, 10);
            assert_eq!(a.realloc(s, layout(10, 1), 16), s);
            let t = a.realloc(s, layout(16, 1), 40);
            assert_ne!(t, s);
            assert_eq!(std::slice::from_raw_parts(t, 10), &[5; 10]);
        }
    }
}

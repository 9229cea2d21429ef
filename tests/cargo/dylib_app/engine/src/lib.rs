//! A Rust `dylib`: trait objects, generics instantiated downstream, statics and thread-locals
//! shared with the binary, and panics unwinding across the shared object.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt::Debug;
use std::sync::atomic::{AtomicUsize, Ordering};

pub trait System {
    fn name(&self) -> String;
    fn run(&mut self, world: &mut World);
}

#[derive(Default, Debug)]
pub struct World {
    pub entities: Vec<(u32, f64)>,
    pub log: Vec<String>,
}

pub static SPAWNED: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    pub static FRAME: Cell<u64> = const { Cell::new(0) };
}

impl World {
    pub fn spawn(&mut self, speed: f64) -> u32 {
        let id = SPAWNED.fetch_add(1, Ordering::SeqCst) as u32;
        self.entities.push((id, speed));
        id
    }
}

pub struct App {
    world: World,
    systems: Vec<Box<dyn System>>,
}

impl App {
    pub fn new() -> App {
        App { world: World::default(), systems: Vec::new() }
    }

    pub fn add_system(&mut self, system: impl System + 'static) -> &mut App {
        self.systems.push(Box::new(system));
        self
    }

    pub fn world(&mut self) -> &mut World {
        &mut self.world
    }

    /// Runs every system once per frame; a panicking system is reported and skipped.
    pub fn update(&mut self, frames: u64) {
        for _ in 0..frames {
            FRAME.with(|f| f.set(f.get() + 1));
            for system in &mut self.systems {
                let world = &mut self.world;
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    system.run(world);
                }));
                if result.is_err() {
                    self.world.log.push(format!("{} panicked", system.name()));
                }
            }
        }
    }
}

impl Default for App {
    fn default() -> App {
        App::new()
    }
}

/// Generic, so compiled into the binary from the dylib's metadata.
pub fn histogram<T: Debug + Eq + std::hash::Hash + Ord + Clone>(items: &[T]) -> Vec<(T, usize)> {
    let mut counts: HashMap<T, usize> = HashMap::new();
    for item in items {
        *counts.entry(item.clone()).or_default() += 1;
    }
    let mut out: Vec<_> = counts.into_iter().collect();
    out.sort();
    out
}

pub fn checked_speed(id: u32, speed: f64) -> f64 {
    if speed.is_nan() {
        panic!("entity {id} has no speed");
    }
    speed
}

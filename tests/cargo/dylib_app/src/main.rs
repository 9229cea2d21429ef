use engine::{App, FRAME, SPAWNED, System, World, checked_speed, histogram};
use std::sync::atomic::Ordering;

struct Movement {
    distance: f64,
}

impl System for Movement {
    fn name(&self) -> String {
        "movement".to_owned()
    }

    fn run(&mut self, world: &mut World) {
        for &(id, speed) in &world.entities {
            self.distance += checked_speed(id, speed);
        }
        world.log.push(format!("moved {:.2}", self.distance));
    }
}

struct Spawner;

impl System for Spawner {
    fn name(&self) -> String {
        "spawner".to_owned()
    }

    fn run(&mut self, world: &mut World) {
        let frame = FRAME.with(|f| f.get());
        let speed = if frame == 3 { f64::NAN } else { frame as f64 * 0.5 };
        world.spawn(speed);
    }
}

fn main() {
    std::panic::set_hook(Box::new(|info| println!("hook: {}", info.payload_as_str().unwrap_or("?"))));
    let mut app = App::new();
    app.world().spawn(1.25);
    app.add_system(Spawner).add_system(Movement { distance: 0.0 });
    app.update(5);
    for line in &app.world().log {
        println!("{line}");
    }
    println!("spawned {}", SPAWNED.load(Ordering::SeqCst));
    println!("frames {}", FRAME.with(|f| f.get()));
    let words = ["b", "a", "b", "c", "b"];
    println!("{:?}", histogram(&words));
    println!("{:?}", histogram(&[3u8, 1, 3]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_counts() {
        assert_eq!(histogram(&[1, 1, 2]), vec![(1, 2), (2, 1)]);
    }

    #[test]
    #[should_panic(expected = "no speed")]
    fn nan_speed_panics() {
        checked_speed(7, f64::NAN);
    }
}

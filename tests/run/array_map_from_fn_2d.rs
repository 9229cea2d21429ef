// Checks arrays: array::map, array::from_fn, try_from slices, 2D arrays (indexing, transposition, row/column sums, flattening), array equality/ordering, arrays of arrays passed by value and returned.
use std::hint::black_box;

const N: usize = 4;

fn transpose(m: [[i32; N]; N]) -> [[i32; N]; N] {
    std::array::from_fn(|i| std::array::from_fn(|j| m[j][i]))
}

fn mat_mul(a: &[[i32; N]; N], b: &[[i32; N]; N]) -> [[i32; N]; N] {
    std::array::from_fn(|i| std::array::from_fn(|j| (0..N).map(|k| a[i][k] * b[k][j]).sum()))
}

fn rotate90(m: [[char; 3]; 3]) -> [[char; 3]; 3] {
    let mut r = [[' '; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            r[j][2 - i] = m[i][j];
        }
    }
    r
}

fn main() {
    let k = black_box(3i32);
    let sq: [i32; 8] = std::array::from_fn(|i| (i as i32 - k) * (i as i32 + 1));
    println!("from_fn {:?}", sq);
    let strs = sq.map(|x| format!("<{}>", x));
    println!("map to String {:?}", strs);
    let lens = strs.map(|s| s.len());
    println!("map lens {:?} sum {}", lens, lens.iter().sum::<usize>());
    let pairs: [(usize, char); 5] = std::array::from_fn(|i| (i, (b'a' + i as u8 * 2) as char));
    println!("pairs {:?}", pairs);

    let m: [[i32; N]; N] = std::array::from_fn(|i| std::array::from_fn(|j| black_box((i * N + j) as i32 - 5)));
    println!("m {:?}", m);
    let t = transpose(m);
    println!("t {:?}", t);
    println!("transpose twice eq {}", transpose(t) == m);
    let p = mat_mul(&m, &t);
    println!("m*t {:?}", p);
    let row_sums = m.map(|r| r.iter().sum::<i32>());
    let col_sums: [i32; N] = std::array::from_fn(|j| m.iter().map(|r| r[j]).sum());
    println!("row sums {:?} col sums {:?}", row_sums, col_sums);
    let diag: i32 = (0..N).map(|i| m[i][i]).sum();
    let anti: i32 = (0..N).map(|i| m[i][N - 1 - i]).sum();
    println!("diag {} anti {}", diag, anti);
    let flat: Vec<i32> = m.iter().flatten().copied().collect();
    let flat2: &[i32] = m.as_flattened();
    println!("flat eq {} flat {:?}", flat == flat2, flat2);

    let mut grid = [['.'; 3]; 3];
    grid[0][black_box(1)] = '#';
    grid[1][2] = '#';
    grid[2] = ['#', '#', '#'];
    let mut g = grid;
    for step in 0..4 {
        let lines: Vec<String> = g.iter().map(|r| r.iter().collect()).collect();
        println!("rot{} {}", step, lines.join("/"));
        g = rotate90(g);
    }
    println!("4 rotations identity {}", g == grid);

    let v = vec![9u8, 8, 7, 6, 5];
    let a3: Result<[u8; 3], _> = v[..3].try_into();
    let a4: Result<[u8; 4], _> = <[u8; 4]>::try_from(&v[..3]);
    println!("try_into {:?} wrong len is_err {}", a3, a4.is_err());
    let r: &[u8; 2] = v[3..].try_into().unwrap();
    println!("ref array {:?}", r);
    println!("ord {:?} {:?} eq {}", [1, 2, 3].cmp(&[1, 3, 0]), [[0u8; 2]; 2].partial_cmp(&[[0, 0], [0, 1]]), [black_box(1.5f32); 3] == [1.5; 3]);
    let mut big = [[0u64; 16]; 16];
    for (i, row) in big.iter_mut().enumerate() {
        for (j, c) in row.iter_mut().enumerate() {
            *c = if i == 0 || j == 0 { 1 } else { 0 };
        }
    }
    for i in 1..16 {
        for j in 1..16 {
            big[i][j] = big[i - 1][j] + big[i][j - 1];
        }
    }
    println!("lattice paths {} {}", big[15][15], big[black_box(10)][5]);
}

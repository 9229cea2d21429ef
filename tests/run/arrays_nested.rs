// Checks nested (2D/3D) arrays: index arithmetic, row iteration, matrix multiply, transposition, arrays of tuples.
use std::hint::black_box;

type Mat = [[i64; 3]; 3];

fn matmul(a: &Mat, b: &Mat) -> Mat {
    let mut r = [[0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            for k in 0..3 {
                r[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    r
}

fn transpose(m: Mat) -> Mat {
    let mut t = m;
    for i in 0..3 {
        for j in 0..3 {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn det(m: &Mat) -> i64 {
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
}

fn main() {
    let a: Mat = [[black_box(1), 2, 3], [4, 5, 6], [7, 8, 10]];
    let b: Mat = [[2, 0, 1], [black_box(-1), 3, 0], [0, 1, 4]];
    let c = matmul(&a, &b);
    println!("{:?}", c);
    println!("{:?}", transpose(c));
    println!("det {} {} {}", det(&a), det(&b), det(&c));
    let mut power = [[1, 1, 0], [1, 0, 0], [0, 0, 1]];
    let base = power;
    for _ in 0..black_box(20) {
        power = matmul(&power, &base);
    }
    println!("fib via matrix {}", power[0][1]);

    let mut grid = [[b'.'; 8]; 5];
    for r in 0..5 {
        for c in 0..8 {
            if (r * 3 + c * 5) % 7 == 0 {
                grid[r][c] = b'#';
            }
        }
    }
    grid[black_box(2)][black_box(7)] = b'@';
    for row in &grid {
        println!("{}", std::str::from_utf8(row).unwrap());
    }
    let row_counts: Vec<usize> = grid.iter().map(|row| row.iter().filter(|&&c| c == b'#').count()).collect();
    println!("{:?}", row_counts);

    let mut cube = [[[0u16; 4]; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            for k in 0..4 {
                cube[i][j][k] = (i * 100 + j * 10 + k) as u16;
            }
        }
    }
    println!("{:?}", cube[1]);
    let flat: Vec<u16> = cube.iter().flatten().flatten().copied().filter(|x| x % 3 == 0).collect();
    println!("{:?}", flat);
    let pairs = [[(1u8, 'a'), (2, 'b')], [(3, 'c'), (black_box(4), 'd')]];
    println!("{:?} {}", pairs, pairs[1][1].1);
    let mut jag = [[0i8; 2]; 3];
    jag[black_box(1)] = [-1, -2];
    jag[2][black_box(0)] = 99;
    println!("{:?}", jag);
}

import * as migration_20261123_120010_initial from './20261123_120010_initial';

export const migrations = [
  {
    up: migration_20261123_120010_initial.up,
    down: migration_20261123_120010_initial.down,
    name: '20261123_120010_initial'
  },
];

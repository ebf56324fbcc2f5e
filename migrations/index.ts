import * as migration_20261123_122205_initial from './20261123_122205_initial';
import * as migration_20261123_135502_workflow from './20261123_135502_workflow';
import * as migration_20261123_133918_perf from './20261123_133918_perf';
import * as migration_20261123_133429_auth from './20261123_133429_auth';

export const migrations = [
  {
    up: migration_20261123_122205_initial.up,
    down: migration_20261123_122205_initial.down,
    name: '20261123_122205_initial',
  },
  {
    up: migration_20261123_135502_workflow.up,
    down: migration_20261123_135502_workflow.down,
    name: '20261123_135502_workflow'
    up: migration_20261123_133918_perf.up,
    down: migration_20261123_133918_perf.down,
    name: '20261123_133918_perf'
    up: migration_20261123_133429_auth.up,
    down: migration_20261123_133429_auth.down,
    name: '20261123_133429_auth'
  },
];

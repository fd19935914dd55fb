// Every entry point of every package, so that the strict compile reads each one's declarations.
import type * as cli from '@eqia/cli';
import type * as core from '@eqia/core';
import type * as coreAnalysis from '@eqia/core/analysis';
import type * as coreChecks from '@eqia/core/checks';
import type * as coreLight from '@eqia/core/light';
import type * as coreObjectives from '@eqia/core/objectives';
import type * as report from '@eqia/report';
import type * as sdk from '@eqia/sdk';
import type * as sdkAdapter from '@eqia/sdk/adapter';
import type * as sdkBrowser from '@eqia/sdk/browser';
import type * as fileLayout from '@eqia/sdk/file-layout';
import type * as sdkLight from '@eqia/sdk/light';
import type * as sdkNode from '@eqia/sdk/node';
import type * as testing from '@eqia/sdk/testing';
import type * as postgres from '@eqia/store-postgres';
import type * as sqlite from '@eqia/store-sqlite';

export type Entries = [
  typeof cli,
  typeof core,
  typeof coreAnalysis,
  typeof coreChecks,
  typeof coreLight,
  typeof coreObjectives,
  typeof report,
  typeof sdk,
  typeof sdkAdapter,
  typeof sdkBrowser,
  typeof fileLayout,
  typeof sdkLight,
  typeof sdkNode,
  typeof testing,
  typeof postgres,
  typeof sqlite,
];

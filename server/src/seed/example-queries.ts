import type { Services } from '../app/context';

/** One query of the example library: a question from the article's world and the GraphQL that answers it. */
export interface ExampleQuery {
  key: string;
  name: string;
  description: string;
  query: string;
  variables: Record<string, unknown> | null;
}

/**
 * The example library shipped with the demo: owned by nobody, shared at the province, read-only
 * (copy one to change it). None names a unit: each looks below the user's own scope, so it answers
 * the same question for a district or commune user too. Every one runs within the query limits
 * (tests/api/analytics-examples.test.ts runs them all as `analyst`).
 */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    key: 'districts-by-activation-rate',
    name: 'Huyện xếp hạng theo tỷ lệ kích hoạt (14-11-2023) / Districts ranked by activation rate',
    description:
      'Công văn 7027: Thạnh Phú cao nhất (83,77%), Châu Thành thứ hai, Ba Tri thấp nhất. / Which districts lead and trail on activation as of 14-11-2023.',
    query: `query DistrictsByActivationRate($campaign: String!, $asOf: Date) {
  ranking(campaign: $campaign, level: DISTRICT, by: ACTIVATED_RATE, asOf: $asOf, first: 20) {
    totalCount
    nodes {
      rank
      unit { code name }
      progress { target collected activated collectedRate activatedRate state }
    }
  }
}
`,
    variables: { campaign: 'DDDT-2023', asOf: '2023-11-14' },
  },
  {
    key: 'hamlets-most-needed',
    name: '20 ấp còn thiếu nhiều tài khoản nhất / The 20 hamlets furthest from target',
    description:
      'Ấp cần kích hoạt thêm nhiều nhất để đạt chỉ tiêu trước 15-12-2023, với tốc độ cần mỗi ngày. / The hamlets that need the most accounts to reach target by 15-12-2023, with the daily pace that takes.',
    query: `query HamletsFurthestFromTarget($campaign: String!, $asOf: Date) {
  ranking(campaign: $campaign, level: HAMLET, by: NEEDED, asOf: $asOf, first: 20) {
    totalCount
    nodes {
      rank
      value
      unit { code name parent { name parent { name } } }
      progress {
        target
        activated
        activatedRate
        daysLeft
        activation { remaining paceNeeded recentPace projectedCompletion }
      }
    }
  }
}
`,
    variables: { campaign: 'DDDT-2023' },
  },
  {
    key: 'communes-behind-pace',
    name: 'Xã có nguy cơ không kịp hạn / Communes whose pace will not finish in time',
    description:
      'Xã mà tốc độ 7 ngày gần nhất không đủ để đạt chỉ tiêu trước hạn (AT_RISK), kém nhất trước. / Communes whose last-7-day pace would not finish by the deadline, furthest behind first.',
    query: `query CommunesBehindPace($campaign: String!, $asOf: Date) {
  ranking(campaign: $campaign, level: COMMUNE, state: [AT_RISK], by: PERCENT_DONE, order: LOWEST_FIRST, asOf: $asOf, first: 100) {
    totalCount
    nodes {
      rank
      unit { code name parent { name } }
      progress {
        percentDone
        collection { recentPace paceNeeded projectedCompletion state }
        activation { recentPace paceNeeded projectedCompletion state }
      }
    }
  }
}
`,
    variables: { campaign: 'DDDT-2023' },
  },
  {
    key: 'not-reported-today',
    name: 'Xã chưa báo cáo hôm nay / Who has not reported today',
    description:
      'Xã còn ấp chưa gửi báo cáo ngày hôm nay, với số ấp đã báo cáo và lần báo cáo gần nhất. / Communes with hamlets that have not reported today, with how many did and when they last did.',
    query: `query NotReportedToday($campaign: String!) {
  today
  reportingStatus(campaign: $campaign, level: COMMUNE, reported: false, first: 100) {
    totalCount
    nodes {
      unit { code name parent { name } }
      hamletsReported
      hamletsTotal
      lastReportDate
    }
  }
}
`,
    variables: { campaign: 'DDDT-2023' },
  },
  {
    key: 'my-scope-daily-series',
    name: 'Số liệu từng ngày của đơn vị tôi / My unit, day by day',
    description:
      "Thu nhận và kích hoạt cộng dồn từng ngày của đơn vị bạn phụ trách, hai tuần trước 14-11-2023. / Your scope unit's cumulative counts for each of the two weeks before 14-11-2023.",
    query: `query MyUnitDailySeries($campaign: String!, $from: Date, $to: Date) {
  me {
    scope {
      code
      name
      progress(campaign: $campaign, asOf: $to) { target collectedRate activatedRate state }
      history(campaign: $campaign, from: $from, to: $to) { date collected activated }
    }
  }
}
`,
    variables: { campaign: 'DDDT-2023', from: '2023-11-01', to: '2023-11-14' },
  },
];

/** Adds the examples not yet in the database, shared with the root unit (inside the seed's transaction). */
export async function seedExampleQueries(services: Services, rootUnitId: number): Promise<void> {
  for (const example of EXAMPLE_QUERIES) {
    const variables = example.variables ? `${JSON.stringify(example.variables, null, 2)}\n` : null;
    await services.savedQueries.insertExample({ ...example, variables }, rootUnitId);
  }
}

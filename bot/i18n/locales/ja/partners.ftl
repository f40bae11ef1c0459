## 交流相手と共同チャンネル（bot/commands/partners.py）。今は共同チャンネルのあいさつだけを移しました。両校の言語で投稿します。

partners-joint-channel-linked = ここは { $school }（{ $country }）と { $partner }（{ $partner_country }）の共同チャンネルになりました。合意した時間、リマインダー、当日の進行をボットがここに投稿します。

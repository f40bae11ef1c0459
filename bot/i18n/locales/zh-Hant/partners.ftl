## 交流夥伴與共同頻道（bot/commands/partners.py）。目前只轉換了共同頻道的開場訊息，以兩校的語言發布。

partners-joint-channel-linked = 這裡現在是 { $school }（{ $country }）與 { $partner }（{ $partner_country }）的共同頻道：機器人會在這裡發布約定的時間、提醒和當天的流程。
